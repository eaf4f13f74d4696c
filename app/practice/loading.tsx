import { Skeleton } from "@/components/ui/skeleton";
import { getT } from "@/lib/server/i18n";

export default async function PracticeLoading() {
  const t = await getT("common");
  return (
    <div role="status" className="mx-auto max-w-3xl space-y-6">
      <span className="sr-only">{t("loading")}</span>
      <Skeleton className="h-9 w-40" />
      <Skeleton className="h-5 w-full max-w-xl" />
      <Skeleton className="h-80 w-full rounded-xl" />
    </div>
  );
}
