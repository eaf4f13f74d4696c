import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeReturnPath } from "@/lib/schemas/auth";
import { getT } from "@/lib/server/i18n";
import { getOptionalUser } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("auth"))("signInTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeReturnPath((await searchParams).next);
  if (await getOptionalUser()) redirect(next);
  const t = await getT("auth");
  return (
    <AuthCard title={t("signInTitle")} intro={t("signInIntro")}>
      <SignInForm next={next} />
    </AuthCard>
  );
}
