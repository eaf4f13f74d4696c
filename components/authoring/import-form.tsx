"use client";
// Importing a bank file: read and checked for size in the browser (a file too large never goes
// to the server), then validated in full on the server, all or nothing.
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { MAX_IMPORT_BYTES } from "@/lib/authoring/bank-json";
import { importBankAction } from "@/lib/server/authoring/actions";
import type { Problem } from "@/lib/authoring";
import { ProblemList } from "./variant-preview";

export function ImportForm() {
  const t = useT("authoring");
  const id = useId();
  const router = useRouter();
  const file = useRef<HTMLInputElement>(null);
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);

  const submit = () =>
    startTransition(async () => {
      setProblems([]);
      const chosen = file.current?.files?.[0];
      if (!chosen) return setStatus({ tone: "error", text: t("importNothingChosen") });
      if (chosen.size > MAX_IMPORT_BYTES) return setStatus({ tone: "error", text: t("importTooLarge") });
      let text: string;
      try {
        text = await chosen.text();
      } catch {
        return setStatus({ tone: "error", text: t("importUnreadable") });
      }
      const result = await importBankAction({ text });
      if (!result.ok) return setStatus({ tone: "error", text: result.message });
      if (result.data.status === "invalid") {
        setStatus(null);
        setProblems(result.data.problems);
        return;
      }
      setStatus({ tone: "success", text: t("imported", { count: result.data.count }) });
      if (file.current) file.current.value = "";
      router.refresh();
    });

  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <p className="text-sm text-muted">{t("importHint")}</p>
      <div>
        <Label htmlFor={id}>{t("importFile")}</Label>
        <input ref={file} id={id} type="file" accept="application/json,.json" className="mt-1.5 block w-full text-sm" />
      </div>
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        {pending ? t("importing") : t("importButton")}
      </Button>
      <div aria-live="polite" className="space-y-2">
        <ProblemList title={t("importRefused")} problems={problems} />
        {status ? <Alert tone={status.tone}>{status.text}</Alert> : null}
      </div>
    </form>
  );
}
