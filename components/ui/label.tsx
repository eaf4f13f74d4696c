import type { ComponentProps } from "react";
import { cx } from "./cx";

export function Label({ className, ...props }: ComponentProps<"label">) {
  return <label className={cx("block text-sm font-medium text-fg", className)} {...props} />;
}
