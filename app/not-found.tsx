import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { getT } from "@/lib/server/i18n";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("errors");
  return { title: t("notFoundTitle") };
}

export default async function NotFound() {
  const t = await getT("errors");
  const common = await getT("common");
  return (
    <section aria-labelledby="not-found-title" className="mx-auto max-w-xl py-12 text-center">
      <p className="font-mono text-sm font-semibold text-accent">404</p>
      <h1 id="not-found-title" className="mt-2 text-2xl font-semibold tracking-tight">
        {t("notFoundTitle")}
      </h1>
      <p className="mt-3 leading-relaxed text-muted">{t("notFoundBody")}</p>
      <ButtonLink href="/" className="mt-8">
        {common("backHome")}
      </ButtonLink>
    </section>
  );
}
