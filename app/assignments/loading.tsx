import { Skeleton } from "@/components/ui/skeleton";
import { getT } from "@/lib/server/i18n";

export default async function AssignmentsLoading() {
  const t = await getT("teach");
  return (
    <div role="status" className="mx-auto max-w-3xl space-y-6">
      <span className="sr-only">{t("loading")}</span>
      <Skeleton className="h-9 w-56" />
      <Skeleton className="h-12 w-full" />
      <Skeleton className="h-80 w-full rounded-xl" />
    </div>
  );
}
