"use client";
import { useState, useTransition, type FormEvent } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Dated } from "./dated";
import { clearExtensionAction, setExtensionAction } from "@/lib/server/teach/actions";

/** A due time for one student (accommodations), or back to the class's. */
export function ExtensionForm({ assignmentId, studentId, name, extended }: { assignmentId: string; studentId: string; name: string; extended: boolean }) {
  const t = useT("teach");
  const [error, setError] = useState<string | null>(null);
  // What the last change did, confirmed in words: a new due time, or back to the class's.
  const [done, setDone] = useState<{ kind: "set"; iso: string } | { kind: "cleared" } | null>(null);
  const [pending, startTransition] = useTransition();
  const id = `extend-${studentId}`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const dueAt = String(new FormData(event.currentTarget).get("dueAt") ?? "");
    const at = dueAt ? new Date(dueAt) : new Date();
    startTransition(async () => {
      const result = await setExtensionAction({ assignmentId, studentId, dueAt, tzOffset: String(at.getTimezoneOffset()) });
      setError(result.ok ? null : (result.fieldErrors?.dueAt?.[0] ?? result.message));
      setDone(result.ok ? { kind: "set", iso: result.data.dueAt } : null);
    });
  }

  function clear() {
    startTransition(async () => {
      const result = await clearExtensionAction({ assignmentId, studentId });
      setError(result.ok ? null : result.message);
      setDone(result.ok ? { kind: "cleared" } : null);
    });
  }

  return (
    <form onSubmit={submit} className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="sr-only">
        {t("extendLabel", { name })}
      </label>
      <input id={id} name="dueAt" type="datetime-local" required className="min-h-9 rounded-lg border border-border-strong bg-surface px-2 text-sm text-fg" />
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        {t("extend")}
      </Button>
      {extended ? (
        <Button size="sm" variant="ghost" onClick={clear} disabled={pending}>
          {t("clearExtension")}
        </Button>
      ) : null}
      <p role="status" className="w-full text-sm text-success empty:hidden">
        {done?.kind === "set" ? <Dated text={t("extendSaved", { name })} iso={done.iso} /> : done?.kind === "cleared" ? t("extensionCleared", { name }) : null}
      </p>
      {error ? (
        <p role="alert" className="w-full text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </form>
  );
}
