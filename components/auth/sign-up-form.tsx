"use client";
import Link from "next/link";
import { useActionState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { FieldError } from "@/components/ui/field-error";
import { TextField } from "@/components/ui/text-field";
import { signUpAction } from "@/lib/server/authentication/actions";
import { EmailField } from "./email-field";
import { FormAlert } from "./form-alert";
import { PasswordStrengthField } from "./password-strength-field";

const ROLES = ["STUDENT", "TEACHER"] as const;

export function SignUpForm({ next }: { next: string }) {
  const t = useT("auth");
  const common = useT("common");
  const [state, formAction, pending] = useActionState(signUpAction, null);
  const failed = state && !state.ok ? state : null;
  const chosenRole = failed?.values?.role === "TEACHER" ? "TEACHER" : "STUDENT";
  const roleErrors = failed?.fieldErrors?.role;
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormAlert state={state} id="sign-up-error" />
      <input type="hidden" name="next" value={next} />
      <TextField
        id="name"
        name="name"
        label={t("name")}
        autoComplete="name"
        required
        maxLength={80}
        defaultValue={failed?.values?.name}
        errors={failed?.fieldErrors?.name}
      />
      <EmailField label={t("email")} defaultValue={failed?.values?.email} errors={failed?.fieldErrors?.email} />
      <PasswordStrengthField
        id="password"
        name="password"
        userInputFields={["name", "email"]}
        label={t("password")}
        hint={t("passwordHint")}
        autoComplete="new-password"
        required
        minLength={10}
        errors={failed?.fieldErrors?.password}
      />
      <fieldset aria-describedby={roleErrors ? "role-error" : undefined}>
        <legend className="text-sm font-medium text-fg">{t("role")}</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          {ROLES.map((role) => {
            const id = `role-${role.toLowerCase()}`;
            return (
              <label
                key={`${role}-${chosenRole}`}
                htmlFor={id}
                className={cx(
                  "flex cursor-pointer gap-3 rounded-lg border border-border-strong bg-surface p-3",
                  "has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring",
                )}
              >
                <input
                  id={id}
                  type="radio"
                  name="role"
                  value={role}
                  defaultChecked={role === chosenRole}
                  aria-describedby={`${id}-hint`}
                  className="mt-1 size-4 accent-[var(--accent)] focus-visible:outline-none"
                />
                <span>
                  <span className="block font-medium text-fg">{role === "STUDENT" ? t("roleStudent") : t("roleTeacher")}</span>
                  <span id={`${id}-hint`} className="block text-sm text-muted">
                    {role === "STUDENT" ? t("roleStudentHint") : t("roleTeacherHint")}
                  </span>
                </span>
              </label>
            );
          })}
        </div>
        <FieldError id="role-error" messages={roleErrors} />
      </fieldset>
      <Button type="submit" size="lg" className="w-full" disabled={pending}>
        {pending ? t("signingUp") : t("submitSignUp")}
      </Button>
      <p className="text-center text-sm text-muted">
        {/* The sentence, then the link: a space between them in English only. */}
        {common("sentenceJoin", { first: t("haveAccount"), second: "" })}
        <Link
          href={next === "/" ? "/signin" : `/signin?next=${encodeURIComponent(next)}`}
          className="font-medium text-accent underline-offset-4 hover:underline"
        >
          {t("signInInstead")}
        </Link>
      </p>
    </form>
  );
}
