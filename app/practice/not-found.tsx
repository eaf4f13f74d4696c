import { ButtonLink } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { getT } from "@/lib/server/i18n";

/** A practice question that does not exist or belongs to someone else (the two look the same). */
export default async function PracticeQuestionNotFound() {
  const t = await getT("practice");
  return (
    <div className="mx-auto max-w-2xl">
      <Card>
        <CardTitle as="h1">{t("questionNotFoundTitle")}</CardTitle>
        <CardDescription className="text-base">{t("questionNotFoundBody")}</CardDescription>
        <ButtonLink href="/practice" className="mt-6">
          {t("summaryNewSession")}
        </ButtonLink>
      </Card>
    </div>
  );
}
