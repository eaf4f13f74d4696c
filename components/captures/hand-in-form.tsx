"use client";

import { useId, useState, useTransition } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { handInCaptureAction } from "@/lib/server/captures/actions";

/** A student hands in a copy of one of their saved captures for an assignment. */
export function HandInForm({ assignmentId, saved }: { assignmentId: string; saved: readonly { id: string; name: string }[] }) {
  const t = useT("captures");
  const id = useId();
  const [captureId, setCaptureId] = useState(saved[0]?.id ?? "");
  const [status, setStatus] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const submit = () =>
    start(async () => {
      const result = await handInCaptureAction({ assignmentId, captureId });
      setStatus(result.ok ? { tone: "success", text: t("handedInAs", { name: result.data.handIn.name }) } : { tone: "error", text: result.message });
    });
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="min-w-0 grow">
        <Label htmlFor={`${id}-capture`}>{t("handInChoose")}</Label>
        <select
          id={`${id}-capture`}
          value={captureId}
          onChange={(event) => setCaptureId(event.target.value)}
          className="mt-1.5 block min-h-11 w-full rounded-lg border border-border-strong bg-surface px-3 py-2 text-base text-fg focus-visible:outline-2 focus-visible:outline-ring"
        >
          {saved.map((capture) => (
            <option key={capture.id} value={capture.id}>
              {capture.name}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" disabled={pending || !captureId}>
        {pending ? t("handingIn") : t("handInButton")}
      </Button>
      <p role="status" className={`w-full text-sm ${status?.tone === "error" ? "font-medium text-danger" : "text-muted"}`}>
        {status?.text}
      </p>
    </form>
  );
}
