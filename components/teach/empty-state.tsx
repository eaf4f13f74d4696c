import type { ReactNode } from "react";

export function EmptyState({ title, body, children }: { title: string; body: string; children?: ReactNode }) {
  return (
    <div className="rounded-xl border border-dashed border-border-strong px-4 py-8 text-center">
      <p className="font-semibold text-fg">{title}</p>
      <p className="mx-auto mt-1 max-w-prose text-sm leading-relaxed text-muted">{body}</p>
      {children ? <div className="mt-4">{children}</div> : null}
    </div>
  );
}
