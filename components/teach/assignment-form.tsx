"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { DateTimeField } from "./date-time-field";
import { TextField } from "@/components/ui/text-field";
import { MAX_ATTEMPTS, MAX_QUESTIONS, MAX_TIME_LIMIT_MINUTES, SHOW_ANSWERS } from "@/lib/schemas/teach";
import { ErrorSummary, type SummaryField } from "./error-summary";
import { createAssignmentAction } from "@/lib/server/teach/actions";

interface AssignmentFormProps {
  classId: string;
  concepts: { id: string; name: string }[];
  templates: { id: string; title: string; conceptName: string }[];
  /** Per template, the difficulties at which every student gets the same answer (lib/teach/shared-answers.ts). */
  sharedAnswers?: Record<string, number[]>;
  /** Per concept, its templates (to say when some of them share answers). */
  conceptTemplates?: Record<string, string[]>;
}

/** "2026-03-01T09:30" in the browser's own time zone, for a datetime-local input. */
function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const selectClass = "mt-1.5 block min-h-11 w-full rounded-lg border border-border-strong bg-surface px-3 text-base text-fg";
const checkClass =
  "flex min-h-11 items-start gap-2 rounded-lg border border-border px-3 py-2 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent-soft";

export function AssignmentForm({ classId, concepts, templates, sharedAnswers = {}, conceptTemplates = {} }: AssignmentFormProps) {
  const t = useT("teach");
  const manage = useT("manage");
  const [state, formAction, pending] = useActionState(createAssignmentAction, null);
  const [selection, setSelection] = useState<"concepts" | "templates">("concepts");
  const [zone, setZone] = useState("UTC");
  const opens = useRef<HTMLInputElement>(null);
  const due = useRef<HTMLInputElement>(null);
  const failure = state && !state.ok ? state : null;
  const errors = failure?.fieldErrors ?? {};
  const [difficulty, setDifficulty] = useState(Number(failure?.values?.difficulty ?? "1"));
  const isShared = (templateId: string) => sharedAnswers[templateId]?.includes(difficulty) ?? false;
  // Each answer remounts the form with what was sent: React resets a form after its action, and
  // a remount makes every field (ticked boxes, the difficulty) take its echoed default again.
  const [shown, setShown] = useState(state);
  const [formKey, setFormKey] = useState(0);
  if (shown !== state) {
    setShown(state);
    setFormKey((key) => key + 1);
    setDifficulty(Number((state && !state.ok ? state.values?.difficulty : undefined) ?? "1"));
  }
  const echoedList = (name: string): string[] => failure?.valueLists?.[name] ?? (failure?.values?.[name] ? [failure.values[name]] : []);
  const ticked = new Set([...echoedList("concepts"), ...echoedList("templates")]);
  const summaryFields: SummaryField[] = [
    { name: "title", label: t("assignmentTitle"), target: "title" },
    { name: "concepts", label: t("pickConceptsLegend"), target: "concepts-0" },
    { name: "templates", label: t("pickTemplatesLegend"), target: "templates-0" },
    { name: "questionCount", label: t("questionCount"), target: "questionCount" },
    { name: "difficulty", label: t("difficulty"), target: "difficulty" },
    { name: "attemptsAllowed", label: t("attemptsAllowed"), target: "attemptsAllowed" },
    { name: "timeLimitMinutes", label: manage("timeLimit"), target: "timeLimitMinutes" },
    { name: "opensAt", label: t("opensAt"), target: "opensAt" },
    { name: "dueAt", label: t("dueAt"), target: "dueAt" },
    { name: "showAnswers", label: t("showAnswersLegend"), target: "showAnswers-0" },
  ];

  // Defaults in the teacher's own time zone, which only the browser knows: now, and a week later.
  useEffect(() => {
    const now = new Date();
    now.setSeconds(0, 0);
    if (opens.current && !opens.current.value) opens.current.value = localInputValue(now);
    if (due.current && !due.current.value) due.current.value = localInputValue(new Date(now.getTime() + 7 * 86_400_000));
    const id = window.setTimeout(() => setZone(Intl.DateTimeFormat().resolvedOptions().timeZone), 0);
    return () => window.clearTimeout(id);
  }, []);

  function submit(formData: FormData) {
    // The offset at the due time (daylight saving may differ from today's).
    const dueValue = String(formData.get("dueAt") ?? "");
    const at = dueValue ? new Date(dueValue) : new Date();
    formData.set("tzOffset", String(Number.isNaN(at.getTime()) ? new Date().getTimezoneOffset() : at.getTimezoneOffset()));
    formAction(formData);
  }

  return (
    <form key={formKey} action={submit} noValidate className="space-y-6">
      {failure ? (
        <ErrorSummary
          title={t("errorSummaryTitle", { n: countErrors(errors, summaryFields) || 1 })}
          message={failure.message}
          errors={errors}
          fields={summaryFields}
        />
      ) : null}
      <input type="hidden" name="classId" value={classId} />
      <TextField
        id="title"
        name="title"
        label={t("assignmentTitle")}
        maxLength={120}
        required
        defaultValue={failure?.values?.title ?? ""}
        errors={errors.title}
      />

      <fieldset>
        <legend className="text-sm font-medium text-fg">{t("contentLegend")}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {(["concepts", "templates"] as const).map((value) => (
            <label key={value} className={checkClass}>
              <input type="radio" name="selection" value={value} checked={selection === value} onChange={() => setSelection(value)} className="mt-0.5" />
              {value === "concepts" ? t("byConcept") : t("byTemplate")}
            </label>
          ))}
        </div>
      </fieldset>

      {selection === "concepts" ? (
        <fieldset aria-describedby={errors.concepts ? "concepts-error" : undefined}>
          <legend className="text-sm font-medium text-fg">{t("pickConceptsLegend")}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {concepts.map((c, index) => (
              <label key={c.id} className={checkClass}>
                <input type="checkbox" id={`concepts-${index}`} name="concepts" value={c.id} defaultChecked={ticked.has(c.id)} className="mt-0.5" />
                <span>
                  {c.name}
                  {(conceptTemplates[c.id] ?? []).some(isShared) ? (
                    <span className="block text-xs font-medium text-danger">{t("sharedAnswerConcept")}</span>
                  ) : null}
                </span>
              </label>
            ))}
          </div>
          <FieldError id="concepts-error" messages={errors.concepts} />
        </fieldset>
      ) : (
        <fieldset aria-describedby={errors.templates ? "templates-error" : undefined}>
          <legend className="text-sm font-medium text-fg">{t("pickTemplatesLegend")}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {templates.map((tpl, index) => (
              <label key={tpl.id} className={checkClass}>
                <input type="checkbox" id={`templates-${index}`} name="templates" value={tpl.id} defaultChecked={ticked.has(tpl.id)} className="mt-0.5" />
                <span>
                  {tpl.title}
                  <span className="block text-xs text-muted">{tpl.conceptName}</span>
                  {isShared(tpl.id) ? (
                    <span
                      data-shared-answer
                      className="mt-1 inline-block rounded border border-danger-border bg-danger-soft px-1.5 text-xs font-medium text-danger"
                    >
                      {t("sharedAnswer")}
                    </span>
                  ) : null}
                </span>
              </label>
            ))}
          </div>
          <FieldError id="templates-error" messages={errors.templates} />
        </fieldset>
      )}

      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          id="questionCount"
          name="questionCount"
          type="number"
          min={1}
          max={MAX_QUESTIONS}
          defaultValue={failure?.values?.questionCount ?? "5"}
          label={t("questionCount")}
          errors={errors.questionCount}
        />
        <div>
          <Label htmlFor="difficulty">{t("difficulty")}</Label>
          <select
            id="difficulty"
            name="difficulty"
            value={String(difficulty)}
            onChange={(event) => setDifficulty(Number(event.target.value))}
            className={selectClass}
            aria-invalid={errors.difficulty ? true : undefined}
            aria-describedby={errors.difficulty ? "difficulty-error" : undefined}
          >
            <option value="1">{t("difficulty1")}</option>
            <option value="2">{t("difficulty2")}</option>
            <option value="3">{t("difficulty3")}</option>
          </select>
          <FieldError id="difficulty-error" messages={errors.difficulty} />
        </div>
        <TextField
          id="attemptsAllowed"
          name="attemptsAllowed"
          type="number"
          min={1}
          max={MAX_ATTEMPTS}
          defaultValue={failure?.values?.attemptsAllowed ?? "1"}
          label={t("attemptsAllowed")}
          errors={errors.attemptsAllowed}
        />
      </div>
      <TextField
        id="timeLimitMinutes"
        name="timeLimitMinutes"
        type="number"
        min={1}
        max={MAX_TIME_LIMIT_MINUTES}
        label={manage("timeLimit")}
        hint={manage("timeLimitHint")}
        defaultValue={failure?.values?.timeLimitMinutes ?? ""}
        errors={errors.timeLimitMinutes}
        className="mt-1.5 sm:max-w-48"
      />

      <div>
        <div className="grid gap-4 sm:grid-cols-2">
          <DateTimeField
            ref={opens}
            id="opensAt"
            name="opensAt"
            required
            label={t("opensAt")}
            defaultValue={failure?.values?.opensAt}
            errors={errors.opensAt}
          />
          <DateTimeField ref={due} id="dueAt" name="dueAt" required label={t("dueAt")} defaultValue={failure?.values?.dueAt} errors={errors.dueAt} />
        </div>
        <p className="mt-2 text-sm text-muted">{t("timesInYourZone", { zone })}</p>
      </div>

      <fieldset aria-describedby={errors.showAnswers ? "showAnswers-error" : undefined}>
        <legend className="text-sm font-medium text-fg">{t("showAnswersLegend")}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-3">
          {SHOW_ANSWERS.map((mode, index) => (
            <label key={mode} className={checkClass}>
              <input
                type="radio"
                id={`showAnswers-${index}`}
                name="showAnswers"
                value={mode}
                defaultChecked={(failure?.values?.showAnswers ?? "IMMEDIATELY") === mode}
                className="mt-0.5"
              />
              {t(`showAnswers_${mode}`)}
            </label>
          ))}
        </div>
        <FieldError id="showAnswers-error" messages={errors.showAnswers} />
      </fieldset>

      <p className="text-sm text-muted">{t("variantProtects")}</p>
      <Button type="submit" disabled={pending}>
        {pending ? t("creating") : t("createAssignment")}
      </Button>
    </form>
  );
}

/** How many fields the summary lists (a failure without field errors still shows its message). */
function countErrors(errors: Record<string, string[]>, fields: readonly SummaryField[]): number {
  return fields.filter((field) => (errors[field.name]?.length ?? 0) > 0).length;
}
