"use client";
import { useActionState } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { PasswordStrengthField } from "@/components/auth/password-strength-field";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { changePasswordAction } from "@/lib/server/account/actions";

/** Current and new password; strength shows while typing (zxcvbn, checked again on the server); every session ends, then this browser signs in afresh. */
export function PasswordForm({ account }: { account: { name: string; email: string } }) {
  const t = useT("account");
  const auth = useT("auth");
  // Success is a redirect to /account?passwordChanged=N under the fresh session (the page says it).
  const [state, formAction, pending] = useActionState(changePasswordAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormAlert state={state} id="password-error" />
      <TextField
        id="password-current"
        name="currentPassword"
        type="password"
        label={t("currentPassword")}
        autoComplete="current-password"
        required
        errors={failed?.fieldErrors?.currentPassword}
      />
      <PasswordStrengthField
        id="password-new"
        name="newPassword"
        userInputs={[account.name, account.email]}
        label={t("newPassword")}
        hint={auth("passwordHint")}
        autoComplete="new-password"
        required
        minLength={10}
        errors={failed?.fieldErrors?.newPassword}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("changePassword")}
      </Button>
    </form>
  );
}
