import Link from "next/link";
import { getT } from "@/lib/server/i18n";

export async function SiteFooter() {
  const [t, nav] = await Promise.all([getT("common"), getT("nav")]);
  return (
    <footer className="mt-16 border-t border-border">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-8 text-sm text-muted sm:px-6">
        <p>{t("footer")}</p>
        <Link href="/privacy" className="inline-flex min-h-11 items-center underline-offset-4 hover:text-fg hover:underline">
          {nav("privacy")}
        </Link>
      </div>
    </footer>
  );
}
