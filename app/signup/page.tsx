import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeReturnPath } from "@/lib/schemas/auth";
import { getT } from "@/lib/server/i18n";
import { getOptionalUser } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("auth"))("signUpTitle") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeReturnPath((await searchParams).next);
  if (await getOptionalUser()) redirect(next);
  const t = await getT("auth");
  return (
    <AuthCard title={t("signUpTitle")} intro={t("signUpIntro")}>
      <SignUpForm next={next} />
    </AuthCard>
  );
}
