import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { Skeleton } from "@/components/ui/skeleton";

/**
 * The placeholder of a widget while its data loads; announced once, politely. `stats` draws the
 * overview's grid of stat boxes at their size, so the widgets below do not jump when it arrives.
 */
export function WidgetSkeleton({
  label,
  lines = 3,
  tall = false,
  stats = 0,
  className,
}: {
  label: string;
  lines?: number;
  tall?: boolean;
  stats?: number;
  className?: string;
}) {
  return (
    <Card className={cx("min-w-0 p-4 sm:p-6", className)}>
      <div role="status" className="space-y-3">
        <span className="sr-only">{label}</span>
        <Skeleton className="h-6 w-40" />
        <Skeleton className="h-4 w-full max-w-md" />
        {tall ? <Skeleton className="h-64 w-full" /> : null}
        {stats > 0 ? (
          <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
            {Array.from({ length: stats }, (_, k) => (
              <Skeleton key={k} className="h-[100px] sm:h-[108px]" />
            ))}
          </div>
        ) : null}
        {Array.from({ length: lines }, (_, k) => (
          <Skeleton key={k} className="h-5 w-full" />
        ))}
      </div>
    </Card>
  );
}
