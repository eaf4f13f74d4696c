import type { Metadata } from "next";
import { ComingSoon } from "@/components/layout/coming-soon";
import { getT } from "@/lib/server/i18n";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("nav"))("simulator") };
}

// Placeholder: the simulator feature replaces this page.
export default async function SimulatorPage() {
  const t = await getT("nav");
  return <ComingSoon title={t("simulator")} />;
}
