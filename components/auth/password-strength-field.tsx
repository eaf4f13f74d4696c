"use client";
// A new-password field that says how strong the password is while it is typed, with the same
// estimator and rules the server applies on submit (lib/password-strength/estimate.ts). The
// estimator and its ~2 MB of dictionaries are a chunk of their own, imported when the field is
// first focused: no other page, and no one who never reaches the field, downloads it.
import { useEffect, useRef, useState, type ComponentProps } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { cx } from "@/components/ui/cx";
import { joinSentences } from "@/components/ui/field-error";
import { TextField } from "@/components/ui/text-field";
import type { MessageKey } from "@/lib/i18n/messages";
import type { PasswordStrength } from "@/lib/password-strength/estimate";

type Estimator = typeof import("@/lib/password-strength/estimate");
const loadEstimator = (): Promise<Estimator> => import("@/lib/password-strength/estimate");

/** Waits this long after the last keystroke (zxcvbn takes tens of milliseconds a password). */
const DEBOUNCE_MS = 120;
const BAR_TONES = ["bg-danger", "bg-danger", "bg-muted", "bg-success", "bg-success"];

type FieldProps = Omit<ComponentProps<typeof TextField>, "type" | "onInput" | "onFocus">;

export function PasswordStrengthField({
  userInputs = [],
  userInputFields = [],
  ...field
}: FieldProps & {
  /** Words the account gives away (its name and email), as the server counts them. */
  userInputs?: readonly string[];
  /** Names of this form's fields whose values count as such words (sign-up: name, email). */
  userInputFields?: readonly string[];
}) {
  const t = useT("auth");
  const [result, setResult] = useState<PasswordStrength | null>(null);
  const estimator = useRef<Promise<Estimator> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const run = useRef(0);
  const input = useRef<HTMLInputElement>(null);

  // On submit the server's answer takes over (the field's errors), and a form action then resets
  // the form: the live feedback goes, and an estimate still under way is dropped.
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const clear = () => {
      run.current++;
      clearTimeout(timer.current);
      setResult(null);
    };
    form.addEventListener("submit", clear);
    form.addEventListener("reset", clear);
    return () => {
      form.removeEventListener("submit", clear);
      form.removeEventListener("reset", clear);
      clearTimeout(timer.current);
    };
  }, []);

  const load = () => {
    estimator.current ??= loadEstimator().catch(() => {
      estimator.current = null;
      throw new Error("The password-strength estimator did not load");
    });
    return estimator.current;
  };

  const estimate = (password: string, form: HTMLFormElement | null) => {
    clearTimeout(timer.current);
    const thisRun = ++run.current;
    if (!password) {
      setResult(null);
      return;
    }
    const words = [...userInputs, ...userInputFields.map((name) => (form?.elements.namedItem(name) as HTMLInputElement | null)?.value ?? "")];
    timer.current = setTimeout(() => {
      load()
        .then(({ checkNewPassword }) => {
          if (thisRun === run.current) setResult(checkNewPassword(password, words.filter(Boolean)));
        })
        .catch(() => {
          // No live feedback then; the server still checks on submit.
        });
    }, DEBOUNCE_MS);
  };

  const strengthId = `${field.id}-strength`;
  const invalid = Boolean(field.errors && field.errors.length > 0);
  const describedBy = [field.hint ? `${field.id}-hint` : null, invalid ? `${field.id}-error` : null, strengthId].filter(Boolean).join(" ");
  const message = (reference: string) => t(reference.replace(/^auth\./, "") as MessageKey<"auth">);

  return (
    <div>
      <TextField
        {...field}
        ref={input}
        type="password"
        aria-describedby={describedBy}
        onFocus={() => void load().catch(() => undefined)}
        onInput={(event) => estimate(event.currentTarget.value, event.currentTarget.form)}
      />
      <div id={strengthId} aria-live="polite" className="mt-2 text-sm" data-testid="password-strength">
        {result ? (
          <>
            <div className="flex gap-1" aria-hidden="true">
              {[1, 2, 3, 4].map((step) => (
                <span key={step} className={cx("h-1.5 flex-1 rounded-full", result.score >= step ? BAR_TONES[result.score] : "bg-border")} />
              ))}
            </div>
            <p className="mt-1.5 font-medium text-fg">{t("strengthLabel", { level: t(`strengthLevel${result.score}` as MessageKey<"auth">) })}</p>
            <p className={result.strongEnough ? "text-success" : "text-muted"}>
              {result.strongEnough ? t("strengthEnough") : joinSentences(result.feedback.map(message))}
            </p>
          </>
        ) : null}
      </div>
    </div>
  );
}
