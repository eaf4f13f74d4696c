"use client";
import Link from "next/link";
import { useActionState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { requestPasswordResetAction } from "@/lib/server/password-reset/actions";
import { EmailField } from "./email-field";
import { FormAlert } from "./form-alert";

/** The email to send a reset link to; the answer is the same whether or not it has an account. */
export function ForgotPasswordForm() {
  const t = useT("auth");
  const [state, formAction, pending] = useActionState(requestPasswordResetAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormAlert state={state} id="forgot-error" />
      {state?.ok ? <Alert tone="success">{t("forgotSent", { email: state.data.email })}</Alert> : null}
      <EmailField label={t("email")} defaultValue={failed?.values?.email ?? (state?.ok ? state.data.email : undefined)} errors={failed?.fieldErrors?.email} />
      <Button type="submit" size="lg" className="w-full" disabled={pending}>
        {pending ? t("forgotSending") : t("forgotSubmit")}
      </Button>
      <p className="text-center text-sm">
        <Link href="/signin" className="font-medium text-accent underline-offset-4 hover:underline">
          {t("signInInstead")}
        </Link>
      </p>
    </form>
  );
}
