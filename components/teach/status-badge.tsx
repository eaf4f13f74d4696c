import { cx } from "@/components/ui/cx";
import type { Translator } from "@/lib/i18n/translate";
import type { AssignmentStatus } from "@/lib/teach/status";

const tones: Record<AssignmentStatus, string> = {
  "not-started": "bg-surface-raised text-muted",
  "in-progress": "bg-info-soft text-fg",
  submitted: "bg-accent-soft text-accent-soft-fg",
  late: "bg-danger-soft text-danger",
  graded: "bg-success-soft text-success",
};

/** The status in words (colour only repeats it). */
export function StatusBadge({ status, t }: { status: AssignmentStatus; t: Translator<"teach"> }) {
  const key = `status_${status.replace("-", "_")}` as "status_not_started";
  return <span className={cx("inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap", tones[status])}>{t(key)}</span>;
}
