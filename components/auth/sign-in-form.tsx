"use client";
import Link from "next/link";
import { useActionState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { signInAction } from "@/lib/server/authentication/actions";
import { EmailField } from "./email-field";
import { FormAlert } from "./form-alert";

export function SignInForm({ next }: { next: string }) {
  const t = useT("auth");
  const common = useT("common");
  const [state, formAction, pending] = useActionState(signInAction, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormAlert state={state} id="sign-in-error" />
      <input type="hidden" name="next" value={next} />
      <EmailField label={t("email")} defaultValue={failed?.values?.email} errors={failed?.fieldErrors?.email} />
      <TextField
        id="password"
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        required
        errors={failed?.fieldErrors?.password}
      />
      <p className="-mt-2 text-sm">
        <Link href="/forgot-password" className="font-medium text-accent underline-offset-4 hover:underline">
          {t("forgotPasswordLink")}
        </Link>
      </p>
      <Button type="submit" size="lg" className="w-full" disabled={pending}>
        {pending ? t("signingIn") : t("submitSignIn")}
      </Button>
      <p className="text-center text-sm text-muted">
        {/* The sentence, then the link: a space between them in English only. */}
        {common("sentenceJoin", { first: t("noAccount"), second: "" })}
        <Link
          href={next === "/" ? "/signup" : `/signup?next=${encodeURIComponent(next)}`}
          className="font-medium text-accent underline-offset-4 hover:underline"
        >
          {t("createAccount")}
        </Link>
      </p>
    </form>
  );
}
