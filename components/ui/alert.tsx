import type { ReactNode } from "react";
import { cx } from "./cx";

export type AlertTone = "error" | "info" | "success";

const tones: Record<AlertTone, string> = {
  error: "border-danger-border bg-danger-soft text-danger",
  info: "border-info-border bg-info-soft text-fg",
  success: "border-success bg-success-soft text-success",
};

/**
 * A message box. Errors use role="alert" so they are announced when they appear; other tones
 * use role="status". Give `title` for a heading line.
 */
export function Alert({
  tone = "info",
  title,
  children,
  className,
  id,
}: {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
  id?: string;
}) {
  return (
    <div id={id} role={tone === "error" ? "alert" : "status"} className={cx("rounded-lg border px-4 py-3 text-sm", tones[tone], className)}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={cx(title ? "mt-1" : undefined, "leading-relaxed")}>{children}</div> : null}
    </div>
  );
}
