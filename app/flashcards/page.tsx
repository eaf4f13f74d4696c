import type { Metadata } from "next";
import { ComingSoon } from "@/components/layout/coming-soon";
import { getT } from "@/lib/server/i18n";
import { requireUser } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("nav"))("flashcards") };
}

// Placeholder: the flashcards feature replaces this page. Flashcards are per user: sign-in required.
export default async function FlashcardsPage() {
  await requireUser();
  const t = await getT("nav");
  return <ComingSoon title={t("flashcards")} />;
}
