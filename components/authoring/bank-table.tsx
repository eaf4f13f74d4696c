"use client";
// The teacher's questions with their usage and statistics, and what can be done with each.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { deleteQuestionAction, duplicateQuestionAction } from "@/lib/server/authoring/actions";
import type { AuthoredQuestionRow } from "@/lib/authoring/dto";

export function BankTable({ rows }: { rows: AuthoredQuestionRow[] }) {
  const t = useT("authoring");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const run = (work: () => Promise<{ ok: true; text: string } | { ok: false; text: string }>) =>
    startTransition(async () => {
      const result = await work();
      setStatus({ tone: result.ok ? "success" : "error", text: result.text });
      if (result.ok) router.refresh();
    });
  const percent = (x: number | null) => (x === null ? t("notAnswered") : `${Math.round(x * 100)}%`);
  return (
    <div className="space-y-3">
      <div aria-live="polite">{status ? <Alert tone={status.tone}>{status.text}</Alert> : null}</div>
      <div className="overflow-x-auto rounded-xl border border-border bg-surface shadow-sm">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <thead className="border-b border-border text-muted">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("colTitle")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("colConcept")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("colKind")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("colVersion")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("colUsage")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("colAnswers")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("colCorrect")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-border align-top last:border-0">
                <th scope="row" className="px-3 py-2 font-medium">
                  <span className="break-words">{row.title}</span>
                  <div className="mt-2 flex flex-wrap gap-2 font-normal">
                    <Link
                      href={`/teach/questions/${row.id}`}
                      className={buttonClasses({ size: "sm", variant: "secondary" })}
                      aria-label={t("editFor", { title: row.title })}
                    >
                      {t("edit")}
                    </Link>
                    <Button
                      size="sm"
                      variant="secondary"
                      disabled={pending}
                      aria-label={t("duplicateFor", { title: row.title })}
                      onClick={() =>
                        run(async () => {
                          const r = await duplicateQuestionAction({ questionId: row.id });
                          return r.ok ? { ok: true, text: r.data.message } : { ok: false, text: r.message };
                        })
                      }
                    >
                      {t("duplicate")}
                    </Button>
                    <a
                      href={`/api/teach/questions/${row.id}/export?format=moodle`}
                      className={buttonClasses({ size: "sm", variant: "secondary" })}
                      aria-label={t("exportMoodleFor", { title: row.title })}
                      download
                    >
                      {t("exportMoodle")}
                    </a>
                    <a
                      href={`/api/teach/questions/${row.id}/export?format=qti`}
                      className={buttonClasses({ size: "sm", variant: "secondary" })}
                      aria-label={t("exportQtiFor", { title: row.title })}
                      download
                    >
                      {t("exportQti")}
                    </a>
                    {row.assignments === 0 ? (
                      <Button
                        size="sm"
                        variant="danger"
                        disabled={pending}
                        aria-label={t("deleteFor", { title: row.title })}
                        onClick={() => {
                          if (!window.confirm(t("deleteConfirm", { title: row.title }))) return;
                          run(async () => {
                            const r = await deleteQuestionAction({ questionId: row.id });
                            return r.ok ? { ok: true, text: t("deleted") } : { ok: false, text: r.message };
                          });
                        }}
                      >
                        {t("delete")}
                      </Button>
                    ) : (
                      <span className="self-center text-xs text-muted">{t("cannotDeleteUsed")}</span>
                    )}
                  </div>
                </th>
                <td className="px-3 py-2">{row.conceptName}</td>
                <td className="px-3 py-2">{t(`kind_${row.kind}`)}</td>
                <td className="px-3 py-2">{row.version}</td>
                <td className="px-3 py-2">{t("usageCount", { n: row.assignments })}</td>
                <td className="px-3 py-2">{row.answers}</td>
                <td className="px-3 py-2">{percent(row.shareCorrect)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
