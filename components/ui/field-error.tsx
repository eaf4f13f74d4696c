import { cx } from "./cx";

/** A field's error messages, referenced by the input's aria-describedby. Renders nothing without messages. */
export function FieldError({ id, messages, className }: { id: string; messages?: readonly string[]; className?: string }) {
  if (!messages || messages.length === 0) return null;
  return (
    <p id={id} className={cx("mt-1.5 text-sm font-medium text-danger", className)}>
      {messages.join(" ")}
    </p>
  );
}
