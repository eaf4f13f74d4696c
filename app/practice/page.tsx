import type { Metadata } from "next";
import { ComingSoon } from "@/components/layout/coming-soon";
import { getT } from "@/lib/server/i18n";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("nav"))("practice") };
}

// Placeholder: the practice feature replaces this page.
export default async function PracticePage() {
  const t = await getT("nav");
  return <ComingSoon title={t("practice")} />;
}
