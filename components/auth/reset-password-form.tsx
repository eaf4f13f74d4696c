"use client";
import Link from "next/link";
import { useActionState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { resetPasswordAction } from "@/lib/server/password-reset/actions";
import { FormAlert } from "./form-alert";
import { PasswordStrengthField } from "./password-strength-field";

/** A new password for the account the emailed link names; afterwards every device is signed out. */
export function ResetPasswordForm({ token, account }: { token: string; account: { name: string; email: string } }) {
  const t = useT("auth");
  const [state, formAction, pending] = useActionState(resetPasswordAction, null);
  const failed = state && !state.ok ? state : null;
  if (state?.ok) {
    return (
      <div className="space-y-5">
        <Alert tone="success">{t("resetDone")}</Alert>
        <Link href="/signin" className={buttonClasses({ size: "lg", className: "w-full" })}>
          {t("submitSignIn")}
        </Link>
      </div>
    );
  }
  const linkFailed = failed?.fieldErrors?.token;
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormAlert state={state} id="reset-error" />
      {linkFailed ? (
        <p className="text-sm">
          <Link href="/forgot-password" className="font-medium text-accent underline-offset-4 hover:underline">
            {t("resetRequestNew")}
          </Link>
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      {/* For password managers: which account the new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={account.email} readOnly hidden />
      <PasswordStrengthField
        id="password"
        name="password"
        label={t("newPassword")}
        hint={t("passwordHint")}
        autoComplete="new-password"
        required
        minLength={10}
        userInputs={[account.name, account.email]}
        errors={failed?.fieldErrors?.password}
      />
      <Button type="submit" size="lg" className="w-full" disabled={pending}>
        {pending ? t("resetSaving") : t("resetSubmit")}
      </Button>
    </form>
  );
}
