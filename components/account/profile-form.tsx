"use client";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { TextField } from "@/components/ui/text-field";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/config";
import { updateProfileAction } from "@/lib/server/account/actions";

/** Name and language. A new language reloads the page's text (router.refresh). */
export function ProfileForm({ name, locale }: { name: string; locale: Locale }) {
  const t = useT("account");
  const router = useRouter();
  const [state, formAction, pending] = useActionState(updateProfileAction, null);
  const failed = state && !state.ok ? state : null;
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormAlert state={state} id="profile-error" />
      {state?.ok ? <Alert tone="success">{t("profileSaved")}</Alert> : null}
      <TextField
        id="profile-name"
        name="name"
        label={t("name")}
        autoComplete="name"
        required
        maxLength={80}
        defaultValue={failed?.values?.name ?? name}
        errors={failed?.fieldErrors?.name}
      />
      <div>
        <Label htmlFor="profile-locale">{t("language")}</Label>
        <select
          id="profile-locale"
          name="locale"
          defaultValue={failed?.values?.locale ?? locale}
          aria-invalid={failed?.fieldErrors?.locale ? true : undefined}
          aria-describedby={failed?.fieldErrors?.locale ? "profile-locale-error" : undefined}
          className="mt-1.5 block min-h-11 w-full rounded-lg border border-border-strong bg-surface px-3 text-fg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
        >
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code === "zh" ? "zh-CN" : "en"}>
              {LOCALE_NAMES[code]}
            </option>
          ))}
        </select>
        <FieldError id="profile-locale-error" messages={failed?.fieldErrors?.locale} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("saveProfile")}
      </Button>
    </form>
  );
}
