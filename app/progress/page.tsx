import type { Metadata } from "next";
import { ComingSoon } from "@/components/layout/coming-soon";
import { getT } from "@/lib/server/i18n";
import { requireUser } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("nav"))("progress") };
}

// Placeholder: the progress feature replaces this page. Progress is per user: sign-in required.
export default async function ProgressPage() {
  await requireUser();
  const t = await getT("nav");
  return <ComingSoon title={t("progress")} />;
}
