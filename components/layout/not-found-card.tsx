import { ButtonLink } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { getT } from "@/lib/server/i18n";

/**
 * What a class, assignment or student that does not exist or is not the reader's looks like: the
 * two look the same, so a guess at an id learns nothing.
 */
export async function NotFoundCard() {
  const t = await getT("teach");
  const common = await getT("common");
  return (
    <div className="mx-auto max-w-2xl">
      <Card>
        <CardTitle as="h1">{t("notFoundTitle")}</CardTitle>
        <CardDescription className="text-base">{t("notFoundBody")}</CardDescription>
        <ButtonLink href="/" className="mt-6" variant="secondary">
          {common("backHome")}
        </ButtonLink>
      </Card>
    </div>
  );
}
