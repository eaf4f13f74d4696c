import { Skeleton } from "@/components/ui/skeleton";

/** A panel's placeholder while its figures load. */
export function PanelSkeleton({ tall = false }: { tall?: boolean }) {
  return (
    <div className="rounded-xl border border-border bg-surface p-6 shadow-sm">
      <Skeleton className="h-6 w-32" />
      <Skeleton className="mt-4 h-9 w-48" />
      <Skeleton className={tall ? "mt-4 h-64 w-full" : "mt-4 h-12 w-full"} />
    </div>
  );
}

/** The review card's placeholder. */
export function CardSkeleton() {
  return (
    <div className="mx-auto max-w-3xl">
      <Skeleton className="h-5 w-48" />
      <div className="mt-4 rounded-xl border border-border bg-surface p-6 shadow-sm">
        <Skeleton className="h-6 w-40" />
        <Skeleton className="mt-5 h-6 w-3/4" />
        <Skeleton className="mt-3 h-5 w-full" />
        <Skeleton className="mt-3 h-10 w-full" />
        <Skeleton className="mt-8 h-12 w-full" />
      </div>
    </div>
  );
}
