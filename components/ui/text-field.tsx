import type { ComponentProps, ReactNode } from "react";
import { FieldError } from "./field-error";
import { Input } from "./input";
import { Label } from "./label";

/** A labelled input with an optional hint and its errors, wired together with ids for screen readers. */
export function TextField({
  id,
  label,
  hint,
  errors,
  ...inputProps
}: Omit<ComponentProps<"input">, "id"> & { id: string; label: ReactNode; hint?: ReactNode; errors?: readonly string[] }) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = Boolean(errors && errors.length > 0);
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <Label htmlFor={id}>{label}</Label>
      {hint ? (
        <p id={hintId} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <Input id={id} className="mt-1.5" aria-invalid={invalid || undefined} aria-describedby={describedBy} {...inputProps} />
      <FieldError id={errorId} messages={errors} />
    </div>
  );
}
