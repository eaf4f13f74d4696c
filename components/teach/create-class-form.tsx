"use client";
import { useActionState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { createClassAction } from "@/lib/server/teach/actions";

export function CreateClassForm() {
  const t = useT("teach");
  const [state, formAction, pending] = useActionState(createClassAction, null);
  const failure = state && !state.ok ? state : null;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <TextField
        id="class-name"
        name="name"
        label={t("className")}
        hint={t("classNameHint")}
        maxLength={80}
        required
        defaultValue={failure?.values?.name ?? ""}
        errors={failure?.fieldErrors?.name}
      />
      <div aria-live="polite">{failure && !failure.fieldErrors?.name ? <Alert tone="error">{failure.message}</Alert> : null}</div>
      <Button type="submit" disabled={pending}>
        {pending ? t("creating") : t("createClass")}
      </Button>
    </form>
  );
}
