import type { ComponentProps } from "react";
import { cx } from "./cx";

export function Badge({ className, tone = "accent", ...props }: ComponentProps<"span"> & { tone?: "accent" | "neutral" }) {
  return (
    <span
      className={cx(
        "inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium",
        tone === "accent" ? "bg-accent-soft text-accent-soft-fg" : "bg-surface-raised text-muted",
        className,
      )}
      {...props}
    />
  );
}
