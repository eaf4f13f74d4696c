import type { ComponentProps } from "react";
import { cx } from "./cx";

/** A placeholder block while content loads; hidden from assistive technology (announce loading once, elsewhere). */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return <div aria-hidden="true" className={cx("animate-pulse rounded-md bg-surface-raised", className)} {...props} />;
}
