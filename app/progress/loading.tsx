import { WidgetSkeleton } from "@/components/progress/widget-skeleton";
import { Skeleton } from "@/components/ui/skeleton";
import { getT } from "@/lib/server/i18n";

export default async function ProgressLoading() {
  const t = await getT("progress");
  return (
    <div className="space-y-6">
      <div className="space-y-3" aria-hidden="true">
        <Skeleton className="h-9 w-64" />
        <Skeleton className="h-5 w-full max-w-2xl" />
      </div>
      <WidgetSkeleton label={t("loadingWidget", { widget: t("title") })} lines={2} />
      <div className="grid gap-6 lg:grid-cols-2">
        <WidgetSkeleton label={t("masteryTitle")} lines={6} />
        <WidgetSkeleton label={t("mapTitle")} tall lines={1} />
      </div>
    </div>
  );
}
