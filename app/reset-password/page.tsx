import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { getT } from "@/lib/server/i18n";
import { getResetAccount } from "@/lib/server/password-reset/reset-password";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("auth"))("resetTitle") };
}

/** The emailed link lands here: a new password while the link is unused and unexpired. */
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const token = (await searchParams).token;
  const t = await getT("auth");
  const account = typeof token === "string" ? await getResetAccount(token) : null;
  if (typeof token !== "string" || !account) {
    return (
      <AuthCard title={t("resetTitle")} intro={t("resetIntro")}>
        <div className="space-y-5">
          <Alert tone="error">{t("resetLinkInvalid")}</Alert>
          <Link href="/forgot-password" className={buttonClasses({ size: "lg", className: "w-full" })}>
            {t("resetRequestNew")}
          </Link>
        </div>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("resetTitle")} intro={t("resetIntro")}>
      <ResetPasswordForm token={token} account={account} />
    </AuthCard>
  );
}
