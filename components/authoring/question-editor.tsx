"use client";
// The question editor: point at the run, say what varies, write the prompt (or keep the
// generated one), and watch six students' variants as you go. The preview runs the engine in the
// browser (lib/authoring is pure); saving sends the spec to the server, which checks it again.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useDeferredValue, useId, useMemo, useState, useTransition } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { defaultPrompt, namesFor, parseSpec, previewSpec, type Problem, type QuestionSpec } from "@/lib/authoring";
import { runOptions } from "@/lib/authoring/run-options";
import { CONCEPTS } from "@/lib/questions";
import { simulatorHref } from "@/lib/simulator/share";
import { saveQuestionAction } from "@/lib/server/authoring/actions";
import { AskFields } from "./ask-fields";
import { Section, SelectField } from "./fields";
import { ProblemList, VariantPreview } from "./variant-preview";
import { VaryFields } from "./vary-fields";

export interface QuestionEditorProps {
  questionId: string | null;
  initial: QuestionSpec;
  version: number | null;
  frozen: boolean;
}

type Status = { tone: "success" | "error"; text: string } | null;

function TextPair({
  labels,
  value,
  onChange,
  multiline,
  maxLength,
}: {
  labels: [string, string];
  value: { en: string; zh: string };
  onChange: (v: { en: string; zh: string }) => void;
  multiline?: boolean;
  maxLength: number;
}) {
  const id = useId();
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {(["en", "zh"] as const).map((lang, i) => (
        <div key={lang}>
          <Label htmlFor={`${id}-${lang}`}>{labels[i]}</Label>
          {multiline ? (
            <textarea
              id={`${id}-${lang}`}
              lang={lang === "zh" ? "zh-CN" : "en"}
              value={value[lang]}
              maxLength={maxLength}
              rows={4}
              onChange={(e) => onChange({ ...value, [lang]: e.target.value })}
              className="mt-1.5 block w-full rounded-lg border border-border-strong bg-surface px-3 py-2 text-base text-fg"
            />
          ) : (
            <Input
              id={`${id}-${lang}`}
              lang={lang === "zh" ? "zh-CN" : "en"}
              value={value[lang]}
              maxLength={maxLength}
              className="mt-1.5"
              onChange={(e) => onChange({ ...value, [lang]: e.target.value })}
            />
          )}
        </div>
      ))}
    </div>
  );
}

export function QuestionEditor({ questionId, initial, version, frozen }: QuestionEditorProps) {
  const t = useT("authoring");
  const locale = useLocale();
  const router = useRouter();
  const [spec, setSpec] = useState<QuestionSpec>(initial);
  const [status, setStatus] = useState<Status>(null);
  const [serverProblems, setServerProblems] = useState<Problem[]>([]);
  const [pending, startTransition] = useTransition();
  const deferred = useDeferredValue(spec);
  const run = useMemo(() => runOptions(spec.scenario), [spec.scenario]);
  const preview = useMemo(() => {
    const parsed = parseSpec(deferred);
    return parsed.ok ? previewSpec(parsed.spec) : { problems: parsed.problems, warnings: [], variants: [] };
  }, [deferred]);
  const update = (patch: Partial<QuestionSpec>) => {
    setSpec((s) => ({ ...s, ...patch }));
    setStatus(null);
    setServerProblems([]);
  };
  const generated = defaultPrompt(spec.ask)[locale];

  const save = () =>
    startTransition(async () => {
      const result = await saveQuestionAction({ questionId, spec });
      if (!result.ok) {
        setStatus({ tone: "error", text: result.message });
        return;
      }
      if (result.data.status === "invalid") {
        setServerProblems(result.data.problems);
        return;
      }
      const saved = result.data;
      setStatus({
        tone: "success",
        text:
          questionId === null ? t("savedNew") : saved.newVersion ? t("savedNewVersion", { version: saved.version }) : t("saved", { version: saved.version }),
      });
      if (questionId === null) router.replace(`/teach/questions/${saved.id}?saved=1`);
      else router.refresh();
    });

  return (
    <div className="space-y-6">
      {version !== null ? (
        <p className="text-sm text-muted">
          {t("versionNote", { version })} {frozen ? t("frozenNote", { next: version + 1 }) : null}
        </p>
      ) : null}

      <Section id="editor-basics" title={t("sectionBasics")}>
        <TextPair labels={[t("titleEn"), t("titleZh")]} value={spec.title} maxLength={120} onChange={(title) => update({ title })} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label={t("concept")}
            value={spec.concept}
            options={CONCEPTS.map((c) => ({ value: c.id, label: c.name[locale] }))}
            onChange={(concept) => update({ concept })}
          />
          <SelectField
            label={t("difficulty")}
            value={spec.difficulty}
            options={([1, 2, 3] as const).map((d) => ({ value: d, label: t(`difficulty${d}`) }))}
            onChange={(difficulty) => update({ difficulty })}
          />
        </div>
      </Section>

      <Section id="editor-run" title={t("sectionRun")} intro={t("runIntro")}>
        {/* Scrolls when the run is long: focusable, so a keyboard can scroll it too. */}
        <ol
          className="max-h-64 space-y-1 overflow-y-auto rounded-lg text-sm focus-visible:outline-2 focus-visible:outline-ring"
          data-testid="run-steps"
          tabIndex={0}
          aria-labelledby="editor-run"
        >
          {run.steps.map((s) => (
            <li key={s.index}>
              {t("stepLine", { n: s.index + 1, event: s.event[locale] })}{" "}
              <span className="text-muted">— {t("statesAfter", { a: s.states.A, b: s.states.B })}</span>
            </li>
          ))}
        </ol>
        <Link href={simulatorHref(spec.scenario)} className="text-sm font-medium text-accent underline-offset-4 hover:underline">
          {t("changeRun")}
        </Link>
      </Section>

      <Section id="editor-ask" title={t("sectionAsk")}>
        <AskFields ask={spec.ask} run={run} onChange={(ask) => update({ ask })} />
      </Section>

      <Section id="editor-vary" title={t("sectionVary")}>
        <VaryFields vary={spec.vary} run={run} onChange={(vary) => update({ vary })} />
      </Section>

      <Section id="editor-prompt" title={t("sectionPrompt")}>
        <p className="text-sm text-muted">{t("promptHint", { names: [...namesFor(spec.ask), "seg.N.seq"].map((n) => `{${n}}`).join(" ") })}</p>
        <p className="text-sm">{t("generatedPrompt", { prompt: generated })}</p>
        <TextPair labels={[t("promptEn"), t("promptZh")]} value={spec.prompt} maxLength={1000} multiline onChange={(prompt) => update({ prompt })} />
      </Section>

      <Section id="editor-preview" title={t("sectionPreview")} intro={t("previewIntro")}>
        <VariantPreview problems={preview.problems} warnings={preview.warnings} variants={preview.variants} />
      </Section>

      <div className="space-y-3" aria-live="polite">
        <ProblemList title={t("problemsTitle")} problems={serverProblems} />
        {status ? <Alert tone={status.tone}>{status.text}</Alert> : null}
        <Button type="button" onClick={save} disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </div>
  );
}
