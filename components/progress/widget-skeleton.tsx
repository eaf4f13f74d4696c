import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { Skeleton } from "@/components/ui/skeleton";

/** The placeholder of a widget while its data loads; announced once, politely. */
export function WidgetSkeleton({ label, lines = 3, tall = false, className }: { label: string; lines?: number; tall?: boolean; className?: string }) {
  return (
    <Card className={cx("min-w-0 p-4 sm:p-6", className)}>
      <div role="status" className="space-y-3">
        <span className="sr-only">{label}</span>
        <Skeleton className="h-6 w-40" />
        <Skeleton className="h-4 w-full max-w-md" />
        {tall ? <Skeleton className="h-64 w-full" /> : null}
        {Array.from({ length: lines }, (_, k) => (
          <Skeleton key={k} className="h-5 w-full" />
        ))}
      </div>
    </Card>
  );
}
