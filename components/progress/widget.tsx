import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";

/** One section of the progress page: a card with its heading, named for assistive technology. */
export function Widget({
  id,
  title,
  intro,
  action,
  className,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  action?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Card className={cx("min-w-0 p-4 sm:p-6", className)}>
      <section aria-labelledby={`${id}-title`}>
        <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
          <h2 id={`${id}-title`} className="text-lg font-semibold tracking-tight">
            {title}
          </h2>
          {action}
        </div>
        {intro ? <p className="mt-1.5 text-sm leading-relaxed text-muted">{intro}</p> : null}
        <div className="mt-4">{children}</div>
      </section>
    </Card>
  );
}
