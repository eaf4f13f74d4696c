// Text typed by people (names, class names, titles, codes, passwords) must not carry C0 control
// characters (U+0000–U+001F) or DEL (U+007F): a NUL reached PostgreSQL and failed as an
// "unexpected error", and the others are invisible in every place the text is shown. Every text
// field's schema starts with noControlCharacters(), which refuses them with a field message
// before any other check (abort: true).
import { z } from "zod";

const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTER.test(value);
}

/** A string schema that refuses control characters and DEL, then goes on with `error` for a non-string. */
export function noControlCharacters(error: string) {
  return z.string({ error }).refine((value) => !hasControlCharacters(value), { error: "errors.controlCharacters", abort: true });
}
