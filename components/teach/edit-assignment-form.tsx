"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button, ButtonLink } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { DateTimeField } from "./date-time-field";
import { TextField } from "@/components/ui/text-field";
import { MAX_ATTEMPTS, MAX_TIME_LIMIT_MINUTES, SHOW_ANSWERS } from "@/lib/schemas/teach";
import type { TeacherAssignmentDto } from "@/lib/teach/dto";
import { editAssignmentAction } from "@/lib/server/teach/actions";
import { Dated } from "./dated";
import { ErrorSummary, type SummaryField } from "./error-summary";

/** "2026-03-01T09:30" in the browser's own time zone, for a datetime-local input. */
function localInputValue(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const selectClass = "mt-1.5 block min-h-11 w-full rounded-lg border border-border-strong bg-surface px-3 text-base text-fg";
const checkClass =
  "flex min-h-11 items-start gap-2 rounded-lg border border-border px-3 py-2 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent-soft";

/**
 * Editing an assignment. Once a student has started, the fields that would change their work
 * (opening time, difficulty, time limit) are shown as locked values instead of inputs, and the
 * form says why; the server refuses them too (lib/server/teach/manage-assignment.ts).
 */
export function EditAssignmentForm({ assignment, startedStudents }: { assignment: TeacherAssignmentDto; startedStudents: number }) {
  const t = useT("teach");
  const m = useT("manage");
  const [state, formAction, pending] = useActionState(editAssignmentAction, null);
  const [zone, setZone] = useState("UTC");
  const opens = useRef<HTMLInputElement>(null);
  const due = useRef<HTMLInputElement>(null);
  const failure = state && !state.ok ? state : null;
  const errors = failure?.fieldErrors ?? {};
  const locked = startedStudents > 0;
  const values = failure?.values;
  const fields: SummaryField[] = [
    { name: "title", label: t("assignmentTitle"), target: "title" },
    { name: "attemptsAllowed", label: t("attemptsAllowed"), target: "attemptsAllowed" },
    { name: "opensAt", label: t("opensAt"), target: "opensAt" },
    { name: "dueAt", label: t("dueAt"), target: "dueAt" },
    { name: "difficulty", label: t("difficulty"), target: "difficulty" },
    { name: "timeLimitMinutes", label: m("timeLimit"), target: "timeLimitMinutes" },
    { name: "showAnswers", label: t("showAnswersLegend"), target: "showAnswers-0" },
  ];

  // The stored times in the teacher's own zone, which only the browser knows.
  useEffect(() => {
    if (opens.current && !opens.current.value) opens.current.value = localInputValue(assignment.opensAt);
    if (due.current && !due.current.value) due.current.value = localInputValue(assignment.dueAt);
    const id = window.setTimeout(() => setZone(Intl.DateTimeFormat().resolvedOptions().timeZone), 0);
    return () => window.clearTimeout(id);
  }, [assignment.opensAt, assignment.dueAt]);

  function submit(formData: FormData) {
    const dueValue = String(formData.get("dueAt") ?? "");
    const at = dueValue ? new Date(dueValue) : new Date();
    formData.set("tzOffset", String(Number.isNaN(at.getTime()) ? new Date().getTimezoneOffset() : at.getTimezoneOffset()));
    formAction(formData);
  }

  const listed = fields.filter((field) => (errors[field.name]?.length ?? 0) > 0).length;
  // Each answer remounts the form with what was sent (React resets a form after its action).
  const [shown, setShown] = useState(state);
  const [formKey, setFormKey] = useState(0);
  if (shown !== state) {
    setShown(state);
    setFormKey((key) => key + 1);
  }
  return (
    <form key={formKey} action={submit} noValidate className="space-y-6">
      {failure ? <ErrorSummary title={t("errorSummaryTitle", { n: listed || 1 })} message={failure.message} errors={errors} fields={fields} /> : null}
      <p className="rounded-lg border border-border bg-surface-raised p-3 text-sm" data-testid="edit-rules">
        {locked ? m("editStarted", { n: startedStudents }) : m("editNobodyStarted")}
      </p>
      <input type="hidden" name="assignmentId" value={assignment.id} />
      <TextField
        id="title"
        name="title"
        label={t("assignmentTitle")}
        maxLength={120}
        required
        defaultValue={values?.title ?? assignment.title}
        errors={errors.title}
      />

      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          id="attemptsAllowed"
          name="attemptsAllowed"
          type="number"
          min={1}
          max={MAX_ATTEMPTS}
          defaultValue={values?.attemptsAllowed ?? String(assignment.attemptsAllowed)}
          label={t("attemptsAllowed")}
          errors={errors.attemptsAllowed}
        />
        {locked ? (
          <>
            <p className="text-sm text-muted sm:pt-7">{m("lockedValue", { label: t("difficulty"), value: t(`difficulty${assignment.difficulty}`) })}</p>
            <p className="text-sm text-muted sm:pt-7">
              {m("lockedValue", {
                label: m("timeLimit"),
                value: assignment.timeLimitMinutes ? m("settingsTimeLimit", { n: assignment.timeLimitMinutes }) : m("noTimeLimit"),
              })}
            </p>
          </>
        ) : (
          <>
            <div>
              <Label htmlFor="difficulty">{t("difficulty")}</Label>
              <select
                id="difficulty"
                name="difficulty"
                defaultValue={values?.difficulty ?? String(assignment.difficulty)}
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
              id="timeLimitMinutes"
              name="timeLimitMinutes"
              type="number"
              min={1}
              max={MAX_TIME_LIMIT_MINUTES}
              label={m("timeLimit")}
              hint={m("timeLimitHint")}
              defaultValue={values?.timeLimitMinutes ?? (assignment.timeLimitMinutes ? String(assignment.timeLimitMinutes) : "")}
              errors={errors.timeLimitMinutes}
            />
          </>
        )}
      </div>

      <div>
        <div className="grid gap-4 sm:grid-cols-2">
          {locked ? (
            <p className="text-sm text-muted sm:pt-7">
              <Dated text={m("lockedDate", { label: t("opensAt") })} iso={assignment.opensAt} />
            </p>
          ) : (
            <DateTimeField ref={opens} id="opensAt" name="opensAt" required label={t("opensAt")} defaultValue={values?.opensAt} errors={errors.opensAt} />
          )}
          <DateTimeField
            ref={due}
            id="dueAt"
            name="dueAt"
            required
            label={t("dueAt")}
            note={m("editDueNote")}
            defaultValue={values?.dueAt}
            errors={errors.dueAt}
          />
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
                defaultChecked={(values?.showAnswers ?? assignment.showAnswers) === mode}
                className="mt-0.5"
              />
              {t(`showAnswers_${mode}`)}
            </label>
          ))}
        </div>
        <FieldError id="showAnswers-error" messages={errors.showAnswers} />
      </fieldset>

      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? m("saving") : m("saveChanges")}
        </Button>
        <ButtonLink href={`/teach/assignments/${assignment.id}`} variant="secondary">
          {m("cancel")}
        </ButtonLink>
      </div>
    </form>
  );
}
