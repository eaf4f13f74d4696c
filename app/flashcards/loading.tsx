import { PanelSkeleton } from "@/components/flashcards/skeletons";
import { Skeleton } from "@/components/ui/skeleton";
import { getT } from "@/lib/server/i18n";

export default async function FlashcardsLoading() {
  const t = await getT("flashcards");
  return (
    <div role="status" className="mx-auto max-w-5xl">
      <span className="sr-only">{t("loading")}</span>
      <Skeleton className="h-9 w-48" />
      <Skeleton className="mt-4 h-5 w-full max-w-2xl" />
      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        <PanelSkeleton />
        <PanelSkeleton tall />
      </div>
    </div>
  );
}
