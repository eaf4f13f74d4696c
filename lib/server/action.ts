// Server Action builders (dub's chain, without the dependency): every action validates its input
// with zod, loads the user when it needs one, and answers with an ActionResult instead of throwing,
// so a user never sees a 500 or a stack trace for something they typed.
//
//   export const renameDeck = authedAction(renameDeckSchema, async (input, { user }) => { ... });
//
// The result can be called directly (`await renameDeck({ ... })`) or given to useActionState
// (`useActionState(renameDeck, null)`), which passes (previousState, formData).
import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { ActionResult, FieldErrors } from "@/lib/action-result";
import { AppError, isDatabaseUnavailable } from "./errors";
import { translateMessageReference } from "./i18n";
import { getOptionalUser, type SessionUser } from "./session";

export type { ActionResult, ActionState, FieldErrors } from "@/lib/action-result";

export interface SafeAction<Input, Data> {
  (input: Input | FormData): Promise<ActionResult<Data>>;
  (previousState: ActionResult<Data> | null, formData: FormData): Promise<ActionResult<Data>>;
}

/** FormData as a plain object; a name used more than once becomes an array. Next's own $ACTION fields are dropped. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key);
    result[key] = values.length === 1 ? values[0] : values;
  }
  return result;
}

/** What the user typed, to put back into the form after a failure (secrets left out). */
function echoValues(input: unknown): Record<string, string> | undefined {
  if (typeof input !== "object" || input === null) return undefined;
  const entries = Object.entries(input).filter((entry): entry is [string, string] => typeof entry[1] === "string" && !/password|secret|token/i.test(entry[0]));
  return Object.fromEntries(entries);
}

/** The fields given more than once (ticked checkboxes), which echoValues leaves out. */
function echoValueLists(input: unknown): Record<string, string[]> | undefined {
  if (typeof input !== "object" || input === null) return undefined;
  const entries = Object.entries(input).filter(
    (entry): entry is [string, string[]] =>
      Array.isArray(entry[1]) && entry[1].every((item) => typeof item === "string") && !/password|secret|token/i.test(entry[0]),
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

async function translateFieldErrors(errors: Readonly<Record<string, readonly string[]>>): Promise<FieldErrors> {
  const translated: FieldErrors = {};
  for (const [field, references] of Object.entries(errors)) {
    translated[field] = await Promise.all(references.map((reference) => translateMessageReference(reference, undefined, "errors.invalidValue")));
  }
  return translated;
}

function fieldErrorsFromZod(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "_form";
    const messages = (errors[field] ??= []);
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
  return errors;
}

async function failureFor(error: unknown, values: Record<string, string> | undefined, valueLists?: Record<string, string[]>): Promise<ActionResult<never>> {
  if (error instanceof AppError) {
    return {
      ok: false,
      message: await translateMessageReference(error.messageKey, error.messageVars),
      ...(error.fieldErrors ? { fieldErrors: await translateFieldErrors(error.fieldErrors) } : {}),
      ...(values ? { values } : {}),
      ...(valueLists ? { valueLists } : {}),
    };
  }
  if (isDatabaseUnavailable(error)) {
    return { ok: false, message: await translateMessageReference("errors.databaseBody"), ...(values ? { values } : {}) };
  }
  console.error("Unexpected error in a server action", error);
  return { ok: false, message: await translateMessageReference("errors.unexpected"), ...(values ? { values } : {}) };
}

function buildAction<Schema extends z.ZodType, Data, Context>(
  schema: Schema,
  loadContext: () => Promise<Context>,
  handler: (input: z.output<Schema>, context: Context) => Promise<Data>,
): SafeAction<z.input<Schema>, Data> {
  const run = async (...args: unknown[]): Promise<ActionResult<Data>> => {
    const payload = args.length >= 2 ? args[1] : args[0];
    const raw = payload instanceof FormData ? formDataToObject(payload) : payload;
    const values = echoValues(raw);
    try {
      const context = await loadContext();
      const parsed = await schema.safeParseAsync(raw);
      if (!parsed.success) {
        throw new AppError("INVALID_INPUT", { fieldErrors: fieldErrorsFromZod(parsed.error) });
      }
      return { ok: true, data: await handler(parsed.data, context) };
    } catch (error) {
      // redirect(), notFound() and Next's other control-flow errors must propagate.
      unstable_rethrow(error);
      return failureFor(error, values, echoValueLists(raw));
    }
  };
  return run as SafeAction<z.input<Schema>, Data>;
}

/**
 * An action anyone may call (sign-in, sign-up, the language switch). It loads no user, so it
 * still works while the database is down; a handler that wants one calls getOptionalUser().
 */
export function action<Schema extends z.ZodType, Data>(schema: Schema, handler: (input: z.output<Schema>) => Promise<Data>): SafeAction<z.input<Schema>, Data> {
  return buildAction(
    schema,
    async () => undefined,
    (input) => handler(input),
  );
}

/** Loads the signed-in user, or refuses; with a role, refuses anyone else too. */
function requireActionUser(role?: SessionUser["role"]): () => Promise<{ user: SessionUser }> {
  return async () => {
    const user = await getOptionalUser();
    if (!user) throw new AppError("UNAUTHENTICATED");
    if (role && user.role !== role) throw new AppError("FORBIDDEN");
    return { user };
  };
}

/** An action for signed-in users: the handler always gets the user. */
export function authedAction<Schema extends z.ZodType, Data>(
  schema: Schema,
  handler: (input: z.output<Schema>, context: { user: SessionUser }) => Promise<Data>,
): SafeAction<z.input<Schema>, Data> {
  return buildAction(schema, requireActionUser(), handler);
}

/** An action for teachers only. */
export function teacherAction<Schema extends z.ZodType, Data>(
  schema: Schema,
  handler: (input: z.output<Schema>, context: { user: SessionUser }) => Promise<Data>,
): SafeAction<z.input<Schema>, Data> {
  return buildAction(schema, requireActionUser("TEACHER"), handler);
}
