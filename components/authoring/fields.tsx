"use client";
// Small labelled controls of the question editor: native selects and checkboxes, so keyboard and
// screen readers work as everywhere else.
import { useId, type ReactNode } from "react";
import { Label } from "@/components/ui/label";

export const selectClass = "mt-1.5 block min-h-11 w-full rounded-lg border border-border-strong bg-surface px-3 text-base text-fg";
export const checkClass =
  "flex min-h-11 items-start gap-2 rounded-lg border border-border px-3 py-2 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent-soft";

export function SelectField<T extends string | number>(props: {
  label: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={props.className}>
      <Label htmlFor={id}>{props.label}</Label>
      <select
        id={id}
        value={String(props.value)}
        onChange={(e) => {
          const picked = props.options.find((o) => String(o.value) === e.target.value);
          if (picked) props.onChange(picked.value);
        }}
        className={selectClass}
      >
        {props.options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckField(props: { label: ReactNode; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className={checkClass}>
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} className="mt-0.5" />
      <span>{props.label}</span>
    </label>
  );
}

export function Section(props: { id: string; title: string; children: ReactNode; intro?: string }) {
  return (
    <section aria-labelledby={props.id} className="space-y-3 rounded-xl border border-border bg-surface p-4 shadow-sm">
      <h2 id={props.id} className="text-lg font-semibold tracking-tight">
        {props.title}
      </h2>
      {props.intro ? <p className="text-sm text-muted">{props.intro}</p> : null}
      {props.children}
    </section>
  );
}
