import type { Metadata } from "next";
import { CaptureLab } from "@/components/captures/capture-lab";
import { CAPTURE_SAMPLES } from "@/lib/capture/samples";
import { listSavedCaptures } from "@/lib/server/captures/saved-captures";
import { getLocale, getT } from "@/lib/server/i18n";
import { getOptionalUser } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("captures");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

/** The capture lab, open to guests: the capture is analysed in the browser; signed-in learners may save it. */
export default async function CapturesPage() {
  const t = await getT("captures");
  const locale = await getLocale();
  const samples = CAPTURE_SAMPLES.map((s) => ({ file: s.file, name: s.name[locale] }));
  const user = await getOptionalUser();
  const saved = user ? await listSavedCaptures(user.id) : null;
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-6 sm:px-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-muted">{t("intro")}</p>
      </header>
      <CaptureLab samples={samples} saved={saved} canAuthor={user?.role === "TEACHER"} />
    </div>
  );
}
