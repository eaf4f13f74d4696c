"use client";
import { useActionState } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { deleteAccountAction } from "@/lib/server/account/actions";

/** Deleting the account, confirmed with the password; the page above says what goes with it. */
export function DeleteAccountForm({ describedBy }: { describedBy: string }) {
  const t = useT("account");
  const [state, formAction, pending] = useActionState(deleteAccountAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} noValidate className="space-y-4" aria-describedby={describedBy}>
      <FormAlert state={state} id="delete-error" />
      <TextField
        id="delete-password"
        name="currentPassword"
        type="password"
        label={t("currentPassword")}
        autoComplete="current-password"
        required
        errors={failed?.fieldErrors?.currentPassword}
      />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? t("deleting") : t("deleteConfirm")}
      </Button>
    </form>
  );
}
