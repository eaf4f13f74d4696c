"use client";
// "What varies per student": ISNs, sides, MSL and RTO lists, a dropped segment.
import { useId, useState } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { RunOptions } from "@/lib/authoring/run-options";
import type { Vary } from "@/lib/authoring/spec";
import { CheckField, SelectField } from "./fields";

/** "30, 60，120" -> [30, 60, 120]; null when a part is not a number. */
export function parseNumberList(text: string): number[] | null {
  const parts = text.split(/[\s,，、;]+/).filter(Boolean);
  const numbers = parts.map(Number);
  return numbers.every((n) => Number.isFinite(n)) ? numbers : null;
}

function NumberList({ label, value, onChange }: { label: string; value: number[]; onChange: (value: number[]) => void }) {
  const t = useT("authoring");
  const id = useId();
  const [text, setText] = useState(value.join(", "));
  const invalid = parseNumberList(text) === null;
  return (
    <div>
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        value={text}
        inputMode="decimal"
        className="mt-1.5"
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const parsed = parseNumberList(e.target.value);
          if (parsed) onChange(parsed);
        }}
      />
      <FieldError id={`${id}-error`} messages={invalid ? [t("varyListInvalid")] : undefined} />
    </div>
  );
}

export function VaryFields({ vary, run, onChange }: { vary: Vary; run: RunOptions; onChange: (vary: Vary) => void }) {
  const t = useT("authoring");
  const locale = useLocale();
  return (
    <div className="space-y-3">
      <div className="grid gap-2 sm:grid-cols-2">
        <CheckField label={t("varyIsns")} checked={vary.isns} onChange={(isns) => onChange({ ...vary, isns })} />
        <CheckField label={t("varySwap")} checked={vary.swapSides} onChange={(swapSides) => onChange({ ...vary, swapSides })} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberList label={t("varyMsl")} value={vary.msl} onChange={(msl) => onChange({ ...vary, msl })} />
        <NumberList label={t("varyRto")} value={vary.rto} onChange={(rto) => onChange({ ...vary, rto })} />
      </div>
      <SelectField
        label={t("varyDrop")}
        value={vary.dropStep ?? -1}
        options={[
          { value: -1, label: t("varyDropNone") },
          ...run.dropSteps.map((i) => ({ value: i, label: t("stepLine", { n: i + 1, event: run.steps[i]?.event[locale] ?? "" }) })),
        ]}
        onChange={(step) => onChange({ ...vary, dropStep: step < 0 ? null : step })}
      />
    </div>
  );
}
