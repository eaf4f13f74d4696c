"use client";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { PasswordStrengthField } from "@/components/auth/password-strength-field";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { changePasswordAction } from "@/lib/server/account/actions";

/** Current and new password; strength shows while typing (zxcvbn, checked again on the server); every session ends, then this browser signs in afresh. */
export function PasswordForm({ account }: { account: { name: string; email: string } }) {
  const t = useT("account");
  const auth = useT("auth");
  const router = useRouter();
  const [state, formAction, pending] = useActionState(changePasswordAction, null);
  const failed = state && !state.ok ? state : null;
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form action={formAction} noValidate className="space-y-4" key={state?.ok ? "done" : "form"}>
      <FormAlert state={state} id="password-error" />
      {state?.ok ? <Alert tone="success">{t("passwordChanged", { count: state.data.signedOut })}</Alert> : null}
      <TextField id="password-current" name="currentPassword" type="password" label={t("currentPassword")} autoComplete="current-password" required errors={failed?.fieldErrors?.currentPassword} />
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
