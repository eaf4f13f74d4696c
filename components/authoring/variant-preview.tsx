"use client";
// The editor's preview: problems that block saving, warnings, and a handful of students'
// variants side by side with their keys and distractors (the teacher may see keys: they wrote them).
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import type { Problem, VariantResult } from "@/lib/authoring";
import { responseText } from "@/lib/authoring/export/answers";
import type { Localized } from "@/lib/questions";
import { misconceptionLabel } from "@/lib/questions";

export function ProblemList({ title, problems }: { title: string; problems: { path?: string; message: Localized }[] }) {
  const locale = useLocale();
  if (problems.length === 0) return null;
  return (
    <Alert tone="error" title={title}>
      <ul className="list-disc space-y-1 pl-5">
        {problems.map((p, i) => (
          <li key={i}>
            {p.path ? <span className="font-mono text-xs">{p.path}: </span> : null}
            {p.message[locale]}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

function VariantCard({ n, variant }: { n: number; variant: VariantResult }) {
  const t = useT("authoring");
  const locale = useLocale();
  const p = variant.params;
  const facts = [
    t("paramsIsn", { a: p.isn.A, b: p.isn.B }),
    ...(p.swapped ? [t("paramsSwapped")] : []),
    t("paramsMsl", { msl: p.msl }),
    t("paramsRto", { rto: typeof p.rto === "number" ? p.rto : `${p.rto.A}/${p.rto.B}` }),
    ...(p.dropped === null ? [] : [p.dropped ? t("paramsDropped") : t("paramsDelivered")]),
  ];
  return (
    <li className="space-y-2 rounded-xl border border-border bg-surface p-3 text-sm shadow-sm" data-testid="variant-card">
      <h3 className="font-semibold">{t("studentN", { n })}</h3>
      <p className="text-xs text-muted">{facts.join(" · ")}</p>
      {variant.ok ? (
        <>
          <p data-testid="variant-prompt">{variant.question.prompt[locale]}</p>
          <p className="font-medium" data-testid="variant-key">
            {t("key", { key: responseText(variant.question, variant.question.key, locale) })}
          </p>
          {variant.question.distractors.length > 0 ? (
            <details>
              <summary className="cursor-pointer text-muted">{t("distractors")}</summary>
              <ul className="mt-1 list-disc space-y-1 pl-5">
                {variant.question.distractors.map((d, i) => (
                  <li key={i}>
                    <span className="font-mono">{responseText(variant.question, d.response, locale)}</span> — {misconceptionLabel(d.misconception, locale)}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : (
        <p className="text-danger" data-testid="variant-failure">
          {t("failsAt", { message: variant.failure.message[locale] })}
        </p>
      )}
    </li>
  );
}

export function VariantPreview({ problems, warnings, variants }: { problems: Problem[]; warnings: Localized[]; variants: VariantResult[] }) {
  const t = useT("authoring");
  const locale = useLocale();
  return (
    <div className="space-y-3" aria-live="polite">
      <ProblemList title={t("problemsTitle")} problems={problems} />
      {warnings.length > 0 ? (
        <Alert tone="info" title={t("warningsTitle")}>
          <ul className="list-disc space-y-1 pl-5" data-testid="preview-warnings">
            {warnings.map((w, i) => (
              <li key={i}>{w[locale]}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {variants.length > 0 ? (
        <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
          {variants.map((v, i) => (
            <VariantCard key={i} n={i + 1} variant={v} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}
