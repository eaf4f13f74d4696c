import type { Metadata } from "next";
import { ComingSoon } from "@/components/layout/coming-soon";
import { getT } from "@/lib/server/i18n";
import { requireTeacher } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("nav"))("teach") };
}

// Placeholder: the teach feature replaces this page. Teachers only; students get the not-found page.
export default async function TeachPage() {
  await requireTeacher();
  const t = await getT("nav");
  return <ComingSoon title={t("teach")} teacherOnly />;
}
