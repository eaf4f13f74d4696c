import { Skeleton } from "@/components/ui/skeleton";
import { getT } from "@/lib/server/i18n";

export default async function ClassesLoading() {
  const t = await getT("teach");
  return (
    <div role="status" className="space-y-6">
      <span className="sr-only">{t("loading")}</span>
      <Skeleton className="h-9 w-40" />
      <Skeleton className="h-5 w-full max-w-xl" />
      <div className="grid gap-6 lg:grid-cols-[1fr_2fr]">
        <Skeleton className="h-48 w-full rounded-xl" />
        <Skeleton className="h-48 w-full rounded-xl" />
      </div>
    </div>
  );
}
