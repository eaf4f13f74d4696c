"use client";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { changeEmailAction } from "@/lib/server/account/actions";

export function EmailForm({ email }: { email: string }) {
  const t = useT("account");
  const router = useRouter();
  const [state, formAction, pending] = useActionState(changeEmailAction, null);
  const failed = state && !state.ok ? state : null;
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormAlert state={state} id="email-error" />
      {state?.ok ? <Alert tone="success">{t("emailChanged", { email: state.data.email })}</Alert> : null}
      <TextField
        id="email-new"
        name="email"
        type="email"
        label={t("newEmail")}
        autoComplete="email"
        required
        defaultValue={failed?.values?.email ?? email}
        errors={failed?.fieldErrors?.email}
      />
      <TextField
        id="email-password"
        name="currentPassword"
        type="password"
        label={t("currentPassword")}
        autoComplete="current-password"
        required
        errors={failed?.fieldErrors?.currentPassword}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("changeEmail")}
      </Button>
    </form>
  );
}
