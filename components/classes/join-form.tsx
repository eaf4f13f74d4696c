"use client";
import { useActionState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { joinClassAction } from "@/lib/server/classes/actions";

/** The code form on /classes, or (with `code`) the one-button form of a join link. */
export function JoinForm({ code }: { code?: string }) {
  const t = useT("teach");
  const [state, formAction, pending] = useActionState(joinClassAction, null);
  const failure = state && !state.ok ? state : null;
  const fieldError = failure?.fieldErrors?.code;
  return (
    <form action={formAction} noValidate className="space-y-4">
      {code ? (
        <input type="hidden" name="code" value={code} />
      ) : (
        <TextField
          id="join-code"
          name="code"
          label={t("joinCodeInput")}
          hint={t("joinCodeHint")}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          className="mt-1.5 font-mono uppercase"
          defaultValue={failure?.values?.code ?? ""}
          errors={fieldError}
        />
      )}
      <p id="join-privacy" className="rounded-lg border border-border bg-surface-raised p-3 text-sm leading-relaxed text-muted">
        {t("joinPrivacy")}
      </p>
      <div aria-live="polite">{failure && (code || !fieldError) ? <Alert tone="error">{failure.message}</Alert> : null}</div>
      <Button type="submit" disabled={pending} aria-describedby="join-privacy">
        {pending ? t("joining") : t("join")}
      </Button>
    </form>
  );
}
