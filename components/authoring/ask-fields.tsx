"use client";
// "What is asked", by pointing at the run: a side, a step, a segment, blanks, a timer.
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { ASK_KINDS, MAX_BLANKS, type Ask } from "@/lib/authoring/spec";
import type { RunOptions } from "@/lib/authoring/run-options";
import { CheckField, checkClass, SelectField } from "./fields";

const SIDES = ["A", "B"] as const;

function defaultAsk(kind: Ask["kind"], run: RunOptions): Ask {
  const last = Math.max(0, run.steps.length - 1);
  switch (kind) {
    case "state":
      return { kind, side: "A", step: last };
    case "segment":
      return { kind, segment: run.segments[0]?.id ?? 1, field: "seq" };
    case "state-order":
      return { kind, side: "A", step: null };
    case "blanks":
      return { kind, blanks: run.blanks.slice(0, 1).map((b) => b.field) };
    case "lost-segment":
      return { kind };
    case "timer":
      return { kind, side: "A", step: last, timer: "time-wait" };
  }
}

const sameBlank = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

export function AskFields({ ask, run, onChange }: { ask: Ask; run: RunOptions; onChange: (ask: Ask) => void }) {
  const t = useT("authoring");
  const locale = useLocale();
  const steps = run.steps.map((s) => ({ value: s.index, label: t("stepLine", { n: s.index + 1, event: s.event[locale] }) }));
  const sides = SIDES.map((s) => ({ value: s, label: s }));
  return (
    <div className="space-y-4">
      <fieldset>
        <legend className="sr-only">{t("sectionAsk")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {ASK_KINDS.map((kind) => (
            <label key={kind} className={checkClass}>
              <input
                type="radio"
                name="ask-kind"
                value={kind}
                checked={ask.kind === kind}
                onChange={() => onChange(defaultAsk(kind, run))}
                className="mt-0.5"
              />
              {t(`ask_${kind}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        {ask.kind === "state" || ask.kind === "timer" || ask.kind === "state-order" ? (
          <SelectField label={t("side")} value={ask.side} options={sides} onChange={(side) => onChange({ ...ask, side })} />
        ) : null}
        {ask.kind === "state" || ask.kind === "timer" ? (
          <SelectField label={t("step")} value={ask.step} options={steps} onChange={(step) => onChange({ ...ask, step })} />
        ) : null}
        {ask.kind === "state-order" ? (
          <SelectField
            label={t("upTo")}
            value={ask.step ?? -1}
            options={[{ value: -1, label: t("wholeRun") }, ...steps]}
            onChange={(step) => onChange({ ...ask, step: step < 0 ? null : step })}
          />
        ) : null}
        {ask.kind === "timer" ? (
          <SelectField
            label={t("timer")}
            value={ask.timer}
            options={(["time-wait", "retransmission"] as const).map((v) => ({ value: v, label: t(`timer_${v}`) }))}
            onChange={(timer) => onChange({ ...ask, timer })}
          />
        ) : null}
        {ask.kind === "segment" ? (
          <>
            <SelectField
              label={t("segment")}
              value={ask.segment}
              options={run.segments.map((s) => ({
                value: s.id,
                label: `${t("segmentLine", { id: s.id, from: s.from, to: s.to, flags: s.flags, seq: s.seq })}${s.ack !== null ? ` ${t("segmentAck", { ack: s.ack })}` : ""}`,
              }))}
              onChange={(segment) => onChange({ ...ask, segment })}
            />
            <SelectField
              label={t("field")}
              value={ask.field}
              options={(["flags", "seq", "ack"] as const).map((v) => ({ value: v, label: t(`field_${v}`) }))}
              onChange={(field) => onChange({ ...ask, field })}
            />
          </>
        ) : null}
      </div>
      {ask.kind === "blanks" ? (
        <fieldset>
          <legend className="text-sm font-medium">{t("blanksLegend", { max: MAX_BLANKS })}</legend>
          <div className="mt-2 grid max-h-72 gap-2 overflow-y-auto sm:grid-cols-2">
            {run.blanks.map((b) => {
              const checked = ask.blanks.some((x) => sameBlank(x, b.field));
              return (
                <CheckField
                  key={JSON.stringify(b.field)}
                  label={b.label[locale]}
                  checked={checked}
                  onChange={(on) => onChange({ ...ask, blanks: on ? [...ask.blanks, b.field] : ask.blanks.filter((x) => !sameBlank(x, b.field)) })}
                />
              );
            })}
          </div>
        </fieldset>
      ) : null}
      {ask.kind === "lost-segment" ? <p className="text-sm text-muted">{t("lostHint")}</p> : null}
    </div>
  );
}
