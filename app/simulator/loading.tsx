import { Skeleton } from "@/components/ui/skeleton";
import { getT } from "@/lib/server/i18n";

/** The simulator's outline while the page loads: toolbar, the two endpoints and the network, the diagrams. */
export default async function Loading() {
  const t = await getT("simulator");
  return (
    <div role="status" className="space-y-6">
      <span className="sr-only">{t("loading")}</span>
      <Skeleton className="h-9 w-64" />
      <Skeleton className="h-5 w-full max-w-3xl" />
      <Skeleton className="h-24 w-full" />
      <div className="grid gap-4 lg:grid-cols-[1fr_1.2fr_1fr]">
        <Skeleton className="h-64" />
        <Skeleton className="h-64" />
        <Skeleton className="h-64" />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Skeleton className="h-96" />
        <Skeleton className="h-96" />
      </div>
    </div>
  );
}
