import { getT } from "@/lib/server/i18n";

export async function SiteFooter() {
  const t = await getT("common");
  return (
    <footer className="mt-16 border-t border-border">
      <div className="mx-auto max-w-6xl px-4 py-8 text-sm text-muted sm:px-6">
        <p>{t("footer")}</p>
      </div>
    </footer>
  );
}
