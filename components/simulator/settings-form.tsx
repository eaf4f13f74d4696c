"use client";

import { useId, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { parseSettingsForm, SETTINGS_SWITCHES, settingsToForm, type SettingsErrorKey, type SettingsField, type SettingsForm } from "@/lib/simulator/settings";
import type { Settings } from "@/lib/simulator/session";

const FIELDS: readonly { field: SettingsField; inputMode: "numeric" | "decimal"; hint?: "mslHint" | "optionalHint" }[] = [
  { field: "isnA", inputMode: "numeric" },
  { field: "isnB", inputMode: "numeric" },
  { field: "rtoA", inputMode: "decimal" },
  { field: "rtoB", inputMode: "decimal" },
  { field: "msl", inputMode: "decimal", hint: "mslHint" },
  { field: "maxRetries", inputMode: "numeric" },
  { field: "mssA", inputMode: "numeric", hint: "optionalHint" },
  { field: "mssB", inputMode: "numeric", hint: "optionalHint" },
  { field: "finWait2Timeout", inputMode: "decimal", hint: "optionalHint" },
];

/**
 * The scenario's settings. Nothing changes until "Apply and replay": then the same steps run
 * again under the new settings (the help text says so), so the history is never lost.
 */
export function SettingsForm({ settings, onApply }: { settings: Settings; onApply: (settings: Settings) => void }) {
  const t = useT("simulator");
  const id = useId();
  const [form, setForm] = useState<SettingsForm>(() => settingsToForm(settings));
  const [errors, setErrors] = useState<Partial<Record<SettingsField, SettingsErrorKey>>>({});
  // A new scenario (a preset, an import) brings its own settings: show them.
  const [shown, setShown] = useState(settings);
  if (shown !== settings) {
    setShown(settings);
    setForm(settingsToForm(settings));
    setErrors({});
  }

  return (
    <form
      noValidate
      aria-describedby={`${id}-help`}
      onSubmit={(e) => {
        e.preventDefault();
        const result = parseSettingsForm(form, settings);
        if (!result.ok) {
          setErrors(result.fieldErrors);
          const first = FIELDS.find((f) => result.fieldErrors[f.field]);
          if (first) document.getElementById(`${id}-${first.field}`)?.focus();
          return;
        }
        setErrors({});
        onApply(result.settings);
      }}
    >
      <p id={`${id}-help`} className="text-sm text-muted">
        {t("settingsHelp")}
      </p>
      <div className="mt-3 grid grid-cols-2 gap-3">
        {FIELDS.map(({ field, inputMode, hint }) => {
          const error = errors[field];
          const describedBy = [hint ? `${id}-${field}-hint` : null, error ? `${id}-${field}-error` : null].filter(Boolean).join(" ") || undefined;
          return (
            <div key={field} className="min-w-0">
              <label htmlFor={`${id}-${field}`} className="block text-sm font-medium">
                {t(field)}
              </label>
              <input
                id={`${id}-${field}`}
                name={field}
                inputMode={inputMode}
                autoComplete="off"
                value={form[field]}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy}
                onChange={(e) => setForm({ ...form, [field]: e.target.value })}
                className="mt-1 block min-h-9 w-full rounded-lg border border-border-strong bg-surface px-2 font-mono text-sm tabular-nums aria-invalid:border-danger"
              />
              {hint ? (
                <p id={`${id}-${field}-hint`} className="mt-0.5 text-xs text-muted">
                  {t(hint)}
                </p>
              ) : null}
              <FieldError id={`${id}-${field}-error`} messages={error ? [t(error)] : undefined} className="mt-0.5 text-xs" />
            </div>
          );
        })}
      </div>
      {SETTINGS_SWITCHES.map((name) => (
        <label key={name} className="mt-3 flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            name={name}
            checked={form[name]}
            onChange={(e) => setForm({ ...form, [name]: e.target.checked })}
            className="size-4 accent-accent"
          />
          {t(name)}
        </label>
      ))}
      <Button type="submit" size="sm" className="mt-3">
        {t("applySettings")}
      </Button>
    </form>
  );
}
