import type { ComponentProps, ReactNode } from "react";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { EARLIEST_LOCAL_DATE, LATEST_LOCAL_DATE } from "@/lib/schemas/teach";

/**
 * A date and time in the teacher's own zone (datetime-local), bounded to the years the schema
 * accepts, with its label, an optional note under it and its errors, wired for screen readers.
 * The new-assignment and edit forms share it.
 */
export function DateTimeField({
  id,
  label,
  note,
  errors,
  ...inputProps
}: Omit<ComponentProps<"input">, "id" | "type" | "min" | "max"> & { id: string; label: ReactNode; note?: ReactNode; errors?: readonly string[] }) {
  const invalid = Boolean(errors && errors.length > 0);
  const describedBy = [invalid ? `${id}-error` : null, note ? `${id}-note` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        type="datetime-local"
        min={EARLIEST_LOCAL_DATE}
        max={LATEST_LOCAL_DATE}
        className="mt-1.5"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        {...inputProps}
      />
      {note ? (
        <p id={`${id}-note`} className="mt-1 text-xs text-muted">
          {note}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} messages={errors} />
    </div>
  );
}
