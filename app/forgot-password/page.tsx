import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { Alert } from "@/components/ui/alert";
import { env } from "@/lib/server/env";
import { getT } from "@/lib/server/i18n";
import { isEmailConfigured } from "@/lib/server/mail/mailer";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("auth"))("forgotTitle") };
}

/** "Forgot password": a reset link by email, or, where the server sends no email, what to do instead. */
export default async function ForgotPasswordPage() {
  const t = await getT("auth");
  const support = env.SUPPORT_EMAIL ? (
    <p className="text-sm text-muted">
      {t("supportContact")}{" "}
      <a href={`mailto:${env.SUPPORT_EMAIL}`} className="font-medium text-accent underline-offset-4 hover:underline">
        {env.SUPPORT_EMAIL}
      </a>
    </p>
  ) : null;
  if (!isEmailConfigured()) {
    return (
      <AuthCard title={t("forgotTitle")} intro={t("forgotUnavailable")}>
        <div className="space-y-5">
          <Alert title={t("forgotUnavailableTitle")}>
            <p>{t("forgotUnavailableRemember")}</p>
            <p className="mt-2">{t("forgotUnavailableHelp")}</p>
          </Alert>
          {support}
          <p className="text-center text-sm">
            <Link href="/signin" className="font-medium text-accent underline-offset-4 hover:underline">
              {t("signInInstead")}
            </Link>
          </p>
        </div>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("forgotTitle")} intro={t("forgotIntro")}>
      <div className="space-y-5">
        <ForgotPasswordForm />
        {support}
      </div>
    </AuthCard>
  );
}
