import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardDescription } from "@/components/ui/card";
import { getT } from "@/lib/server/i18n";

/** A placeholder for a section that another part of the project will fill in. */
export async function ComingSoon({ title, teacherOnly = false }: { title: string; teacherOnly?: boolean }) {
  const t = await getT("common");
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-semibold tracking-tight">{title}</h1>
      <Card className="mt-6">
        <div className="flex flex-wrap items-center gap-2">
          <Badge>{t("comingSoon")}</Badge>
          {teacherOnly ? <Badge tone="neutral">{t("teachersOnly")}</Badge> : null}
        </div>
        <CardDescription className="mt-3 text-base">{t("comingSoonBody", { feature: title })}</CardDescription>
        <ButtonLink href="/" variant="secondary" className="mt-6">
          {t("backHome")}
        </ButtonLink>
      </Card>
    </div>
  );
}
