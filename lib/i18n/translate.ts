// Looking up and filling in messages. Pure: used by the server helpers (lib/server/i18n.ts) and
// the client provider (components/i18n/i18n-provider.tsx) alike.
import type { MessageKey, Messages, Namespace } from "./messages";
import { numberFormat, pluralRules } from "./intl-cache";

export type MessageVars = Readonly<Record<string, string | number>>;
export type Translator<N extends Namespace> = (key: MessageKey<N>, vars?: MessageVars) => string;

/**
 * Fills in a message. `{name}` becomes vars.name (a placeholder without a value stays visible, as a
 * hint). `{count, plural, one {# attempt} other {# attempts}}` picks the branch for vars.count by
 * the language's CLDR plural rules (`Intl.PluralRules`), with an exact `=0` branch first, and `#`
 * in the branch becomes the number: the subset of ICU MessageFormat the catalogues use. Written
 * here rather than taken from intl-messageformat because this subset is forty lines and this
 * module ships to every page.
 */
export function interpolate(template: string, vars?: MessageVars, locale: string = "en"): string {
  if (!vars) return template;
  let out = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) break;
    const close = matchingBrace(template, open);
    if (close < 0) break;
    out += template.slice(i, open);
    out += fillPlaceholder(template.slice(open + 1, close), template.slice(open, close + 1), vars, locale);
    i = close + 1;
  }
  return out + template.slice(i);
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    if (text[j] === "{") depth++;
    else if (text[j] === "}" && --depth === 0) return j;
  }
  return -1;
}

const NO_GROUPING = { useGrouping: false } as const;

function fillPlaceholder(body: string, whole: string, vars: MessageVars, locale: string): string {
  const simple = /^(\w+)$/.exec(body);
  if (simple) return Object.hasOwn(vars, simple[1]!) ? String(vars[simple[1]!]) : whole;
  const plural = /^(\w+),\s*plural,\s*/.exec(body);
  if (!plural || !Object.hasOwn(vars, plural[1]!)) return whole;
  // A caller may pass a number already formatted ("1,234"): choose by its value, print it as given.
  const raw = vars[plural[1]!]!;
  const count = typeof raw === "number" ? raw : Number(raw.replace(/[,\s]/g, ""));
  const branches = new Map<string, string>();
  let rest = body.slice(plural[0].length);
  for (;;) {
    const head = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(rest);
    if (!head) break;
    const open = head[0].length - 1;
    const close = matchingBrace(rest, open);
    if (close < 0) return whole;
    branches.set(head[1]!, rest.slice(open + 1, close));
    rest = rest.slice(close + 1);
  }
  const rules = pluralRules(locale);
  const branch = branches.get(`=${count}`) ?? branches.get(rules.select(count)) ?? branches.get("other");
  if (branch === undefined) return whole;
  const number = typeof raw === "number" ? numberFormat(locale, NO_GROUPING).format(raw) : raw;
  return interpolate(branch.replace(/#/g, number), vars, locale);
}

/** `locale` is a BCP 47 tag or "en"/"zh": it chooses the plural rules. */
export function createTranslator<N extends Namespace>(messages: Messages, namespace: N, locale: string = "en"): Translator<N> {
  const table = messages[namespace] as Readonly<Record<string, string>>;
  const tag = pluralTag(locale);
  return (key, vars) => interpolate(table[key] ?? `${namespace}.${key}`, vars, tag);
}

const pluralTag = (locale: string) => (locale === "zh" ? "zh-CN" : locale);

/**
 * Translates a "namespace.key" reference, as carried by zod issues and AppErrors, which cannot be
 * typed at compile time. Null when it names no message, so the caller can pick a generic one.
 */
export function translateReference(messages: Messages, reference: string, vars?: MessageVars, locale: string = "en"): string | null {
  const match = /^(\w+)\.(\w+)$/.exec(reference);
  if (!match) return null;
  const [, namespace = "", key = ""] = match;
  if (!Object.hasOwn(messages, namespace)) return null;
  const table = messages[namespace as Namespace] as Readonly<Record<string, string>>;
  return Object.hasOwn(table, key) ? interpolate(table[key]!, vars, pluralTag(locale)) : null;
}
