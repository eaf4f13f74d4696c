"use client";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { Input } from "@/components/ui/input";
import type { PublicInput } from "@/lib/questions";
import type { Flag, TcpState } from "@/lib/tcp/types";
import { pickOption, type AnswerDraft } from "./answer-draft";

interface AnswerInputProps {
  input: PublicInput;
  draft: AnswerDraft;
  onChange: (draft: AnswerDraft) => void;
  disabled: boolean;
  /** Unique per question, for input ids. */
  idPrefix: string;
  /** The id of the message explaining what is missing, when there is one. */
  describedBy?: string;
}

const optionClass = (selected: boolean, disabled: boolean) =>
  cx(
    "relative flex min-h-12 items-center gap-3 rounded-lg border px-3 py-2 text-left text-sm font-medium transition-colors",
    "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring",
    selected ? "border-accent bg-accent-soft text-accent-soft-fg" : "border-border-strong bg-surface text-fg",
    disabled ? "opacity-70" : selected ? "" : "cursor-pointer hover:bg-surface-raised",
  );

/** The small "1".."9" badge: the key that picks the option. */
function KeyBadge({ index }: { index: number }) {
  if (index >= 9) return <span aria-hidden="true" className="inline-block w-6 shrink-0" />;
  return (
    <kbd
      aria-hidden="true"
      className="inline-flex size-6 shrink-0 items-center justify-center rounded border border-border bg-surface-raised font-mono text-xs text-muted"
    >
      {index + 1}
    </kbd>
  );
}

/** The answer controls of one question, by kind. Pure UI: the draft lives in the question card. */
export function AnswerInput({ input, draft, onChange, disabled, idPrefix, describedBy }: AnswerInputProps) {
  const t = useT("practice");
  const legendClass = "mb-3 text-sm font-semibold text-fg";

  if ((input.kind === "state" || input.kind === "choice") && (draft.kind === "state" || draft.kind === "choice")) {
    const options = input.kind === "state" ? input.options.map((s) => ({ id: s, text: s })) : input.options;
    const selected = draft.kind === "state" ? draft.state : draft.choice;
    return (
      <fieldset aria-describedby={describedBy} disabled={disabled}>
        <legend className={legendClass}>{input.kind === "state" ? t("stateLegend") : t("choiceLegend")}</legend>
        <div className={cx("grid gap-2", input.kind === "state" ? "grid-cols-1 sm:grid-cols-2" : "grid-cols-1")}>
          {options.map((option, index) => (
            <label key={option.id} className={optionClass(selected === option.id, disabled)}>
              <input
                type="radio"
                name={`${idPrefix}-option`}
                value={option.id}
                checked={selected === option.id}
                onChange={() => onChange(pickOption(draft, input, index))}
                className="absolute inset-0 size-full cursor-pointer opacity-0 disabled:cursor-default"
              />
              <KeyBadge index={index} />
              <span className={input.kind === "state" ? "font-mono" : undefined}>{option.text}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  }

  if (input.kind === "flags" && draft.kind === "flags") {
    return (
      <fieldset aria-describedby={describedBy} disabled={disabled}>
        <legend className={legendClass}>{t("flagsLegend")}</legend>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {input.options.map((flag: Flag, index) => {
            const on = draft.flags.includes(flag);
            return (
              <label key={flag} className={optionClass(on, disabled)}>
                <input
                  type="checkbox"
                  checked={on}
                  onChange={() => onChange(pickOption(draft, input, index))}
                  className="absolute inset-0 size-full cursor-pointer opacity-0 disabled:cursor-default"
                />
                <KeyBadge index={index} />
                <span className="font-mono">{flag}</span>
                <span aria-hidden="true" className={cx("ml-auto size-4 rounded border", on ? "border-accent bg-accent" : "border-border-strong")} />
              </label>
            );
          })}
        </div>
      </fieldset>
    );
  }

  if (input.kind === "number" && draft.kind === "number") {
    const id = `${idPrefix}-number`;
    return (
      <div>
        <label htmlFor={id} className={legendClass + " block"}>
          {input.label}
        </label>
        <div className="flex max-w-sm items-center gap-2">
          <Input
            id={id}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            value={draft.text}
            disabled={disabled}
            aria-describedby={describedBy}
            onChange={(event) => onChange({ kind: "number", text: event.target.value })}
            className="font-mono"
          />
          <span className="shrink-0 text-sm text-muted">{t(`unit_${input.unit}`)}</span>
        </div>
      </div>
    );
  }

  if (input.kind === "state-order" && draft.kind === "state-order") {
    return (
      <fieldset aria-describedby={describedBy} disabled={disabled}>
        <legend className={legendClass}>{t("stateOrderLegend", { side: input.side })}</legend>
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          {input.options.map((state: TcpState, index) => (
            <button key={state} type="button" className={optionClass(false, disabled)} onClick={() => onChange(pickOption(draft, input, index))}>
              <KeyBadge index={index} />
              <span className="font-mono">{state}</span>
            </button>
          ))}
        </div>
        <div className="mt-4 rounded-lg border border-dashed border-border-strong p-3">
          <p className="text-sm font-medium text-muted">{t("stateOrderYours")}</p>
          {draft.states.length === 0 ? (
            <p className="mt-1 text-sm text-muted">{t("stateOrderEmpty")}</p>
          ) : (
            <ol aria-live="polite" className="mt-2 flex flex-wrap items-center gap-1.5 font-mono text-sm">
              {draft.states.map((state, i) => (
                <li key={`${state}-${i}`} className="flex items-center gap-1.5">
                  {i > 0 ? (
                    <span aria-hidden="true" className="text-muted">
                      →
                    </span>
                  ) : null}
                  <span className="rounded bg-accent-soft px-2 py-0.5 text-accent-soft-fg">{state}</span>
                </li>
              ))}
            </ol>
          )}
          <div className="mt-3 flex flex-wrap gap-2">
            <Button
              size="sm"
              variant="secondary"
              disabled={disabled || draft.states.length === 0}
              onClick={() => onChange({ kind: "state-order", states: draft.states.slice(0, -1) })}
            >
              {t("stateOrderUndo")}
            </Button>
            <Button size="sm" variant="ghost" disabled={disabled || draft.states.length === 0} onClick={() => onChange({ kind: "state-order", states: [] })}>
              {t("stateOrderClear")}
            </Button>
          </div>
        </div>
      </fieldset>
    );
  }

  if (input.kind === "diagram-blanks" && draft.kind === "diagram-blanks") {
    const setValue = (index: number, value: string) => onChange({ kind: "diagram-blanks", values: draft.values.map((v, i) => (i === index ? value : v)) });
    return (
      <fieldset aria-describedby={describedBy} disabled={disabled}>
        <legend className={legendClass}>{t("blanksLegend")}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {input.blanks.map((blank, index) => {
            const id = `${idPrefix}-blank-${blank.number}`;
            return (
              <div key={blank.number}>
                <label htmlFor={id} className="block text-sm font-medium text-fg">
                  <span className="font-mono">{t("blankLabel", { n: blank.number })}</span> <span className="text-muted">{blank.label}</span>
                </label>
                {blank.input === "number" ? (
                  <Input
                    id={id}
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    spellCheck={false}
                    className="mt-1 font-mono"
                    value={draft.values[index] ?? ""}
                    onChange={(event) => setValue(index, event.target.value)}
                  />
                ) : (
                  <select
                    id={id}
                    className="mt-1 block min-h-11 w-full rounded-lg border border-border-strong bg-surface px-3 font-mono text-base text-fg"
                    value={draft.values[index] ?? ""}
                    onChange={(event) => setValue(index, event.target.value)}
                  >
                    <option value="">{t("chooseState")}</option>
                    {input.stateOptions.map((state) => (
                      <option key={state} value={state}>
                        {state}
                      </option>
                    ))}
                  </select>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    );
  }

  return null;
}
