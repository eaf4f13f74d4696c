import { CardSkeleton } from "@/components/flashcards/skeletons";
import { getT } from "@/lib/server/i18n";

export default async function ReviewLoading() {
  const t = await getT("flashcards");
  return (
    <div role="status">
      <span className="sr-only">{t("loading")}</span>
      <CardSkeleton />
    </div>
  );
}
