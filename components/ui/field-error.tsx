import { cx } from "./cx";

// Messages arrive translated; a Chinese sentence ends with full-width punctuation and takes no
// space after it (../shared/GLOSSARY.zh.md), an English one does.
export const joinSentences = (messages: readonly string[]): string =>
  messages.reduce((text, next) => (/[。！？；]$/.test(text) ? `${text}${next}` : `${text} ${next}`));

/** A field's error messages, referenced by the input's aria-describedby. Renders nothing without messages. */
export function FieldError({ id, messages, className }: { id: string; messages?: readonly string[]; className?: string }) {
  if (!messages || messages.length === 0) return null;
  return (
    <p id={id} className={cx("mt-1.5 text-sm font-medium text-danger", className)}>
      {joinSentences(messages)}
    </p>
  );
}
