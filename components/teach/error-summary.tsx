"use client";
import { useEffect, useRef } from "react";

export interface SummaryField {
  /** The field's name in fieldErrors. */
  name: string;
  label: string;
  /** The id of the control a link to this field focuses. */
  target: string;
}

/**
 * Every field error of a failed submit at once, at the top of the form (where a phone's screen
 * is after the submit scrolled back), each a link that moves focus to its field. The box takes
 * focus when it appears, so a screen reader reads it first.
 */
export function ErrorSummary({
  title,
  message,
  errors,
  fields,
}: {
  title: string;
  message: string;
  errors: Record<string, string[]>;
  fields: readonly SummaryField[];
}) {
  const box = useRef<HTMLDivElement>(null);
  const listed = fields.filter((field) => (errors[field.name]?.length ?? 0) > 0);

  useEffect(() => {
    box.current?.focus();
  }, []);

  function focusField(event: React.MouseEvent<HTMLAnchorElement>, target: string) {
    const element = document.getElementById(target);
    if (!element) return;
    event.preventDefault();
    element.scrollIntoView({ block: "center" });
    element.focus();
  }

  return (
    <div
      ref={box}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="rounded-lg border border-danger-border bg-danger-soft px-4 py-3 text-sm text-danger outline-none focus-visible:ring-2 focus-visible:ring-danger"
    >
      <p id="error-summary-title" className="font-semibold">
        {listed.length > 0 ? title : message}
      </p>
      {listed.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {listed.map((field) => (
            <li key={field.name}>
              <a href={`#${field.target}`} onClick={(event) => focusField(event, field.target)} className="font-medium underline underline-offset-2">
                {field.label}: {errors[field.name]!.join(" ")}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
