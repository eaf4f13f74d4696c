// Looking up and filling in messages. Pure: used by the server helpers (lib/server/i18n.ts) and
// the client provider (components/i18n/i18n-provider.tsx) alike.
import type { MessageKey, Messages, Namespace } from "./messages";

export type MessageVars = Readonly<Record<string, string | number>>;
export type Translator<N extends Namespace> = (key: MessageKey<N>, vars?: MessageVars) => string;

/** Replaces each `{name}` with vars.name; a placeholder without a value stays visible, as a hint. */
export function interpolate(template: string, vars?: MessageVars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : placeholder,
  );
}

export function createTranslator<N extends Namespace>(messages: Messages, namespace: N): Translator<N> {
  const table = messages[namespace] as Readonly<Record<string, string>>;
  return (key, vars) => interpolate(table[key] ?? `${namespace}.${key}`, vars);
}

/**
 * Translates a "namespace.key" reference, as carried by zod issues and AppErrors, which cannot be
 * typed at compile time. Null when it names no message, so the caller can pick a generic one.
 */
export function translateReference(messages: Messages, reference: string, vars?: MessageVars): string | null {
  const match = /^(\w+)\.(\w+)$/.exec(reference);
  if (!match) return null;
  const [, namespace = "", key = ""] = match;
  if (!Object.hasOwn(messages, namespace)) return null;
  const table = messages[namespace as Namespace] as Readonly<Record<string, string>>;
  return Object.hasOwn(table, key) ? interpolate(table[key]!, vars) : null;
}
