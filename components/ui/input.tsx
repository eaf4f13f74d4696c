import type { ComponentProps } from "react";
import { cx } from "./cx";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return (
    <input
      className={cx(
        "block min-h-11 w-full rounded-lg border border-border-strong bg-surface px-3 py-2 text-base text-fg",
        "placeholder:text-muted focus-visible:border-accent focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-ring",
        "aria-invalid:border-danger aria-invalid:focus-visible:outline-danger disabled:opacity-60",
        className,
      )}
      {...props}
    />
  );
}
