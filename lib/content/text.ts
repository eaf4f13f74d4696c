import type { Locale } from "../i18n/config";
import type { Side } from "../tcp/types";

/**
 * Localized text for generated content (questions, flashcards): both languages side by side, so a
 * sentence and its translation are written, reviewed and changed together. A sentence is one
 * message with placeholders in each language (GLOSSARY.zh.md): join only whole sentences.
 */
export type Localized = Record<Locale, string>;

/** Both languages at once. */
export const L = (en: string, zh: string): Localized => ({ en, zh });

/** "A (the client)" / "A（客户端）" */
export function sideWithRole(side: Side, role: "client" | "server"): Localized {
  return role === "client" ? L(`${side} (the client)`, `${side}（客户端）`) : L(`${side} (the server)`, `${side}（服务器）`);
}

/** Whole sentences one after the other: a space between English sentences, nothing between Chinese ones (each ends with "。"). */
export function join(parts: readonly Localized[], separator: Localized = L(" ", "")): Localized {
  return { en: parts.map((p) => p.en).join(separator.en), zh: parts.map((p) => p.zh).join(separator.zh) };
}

/** Seconds for prose: "240", "0.2", "7" (no trailing zeros, at most 3 decimals). */
export const secs = (seconds: number): string => String(Math.round(seconds * 1000) / 1000);

/** Replaces each {name} with vars.name; an unknown placeholder is a bug in the content, so it throws. */
export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!Object.hasOwn(vars, name)) throw new Error(`no value for {${name}} in "${template}"`);
    return String(vars[name]);
  });
}
