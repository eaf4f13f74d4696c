// The answer of every Server Action (built by lib/server/action.ts). Its own module, free of
// server code, so that client components can import the type.
export type FieldErrors = Record<string, string[]>;

export type ActionResult<Data> =
  | { ok: true; data: Data }
  | {
      ok: false;
      /** Translated, ready to show. */
      message: string;
      /** Translated messages per field name ("_form" for errors not tied to one field). */
      fieldErrors?: FieldErrors;
      /** What was submitted (never passwords), to refill the form. */
      values?: Record<string, string>;
      /** Fields submitted more than once (ticked checkboxes), to refill them too. */
      valueLists?: Record<string, string[]>;
    };

/** useActionState's state: null before the first submit. */
export type ActionState<Data> = ActionResult<Data> | null;
