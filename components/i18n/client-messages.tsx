// The messages a part of the page's client components need, sent to the browser with that part
// only (issue 12: a page carried the whole catalogue, about 40 kB, in every response).
//   <ClientMessages namespaces={["practice"]}>…</ClientMessages>              whole namespaces
//   <ClientMessages pick={{ flashcards: ["badge"] }}>…</ClientMessages>       single keys
// A Server Component: it reads the reader's catalogue on the server and passes the chosen part
// to a nested <I18nProvider>, which adds it to what the layouts above already provide.
import "server-only";
import type { ReactNode } from "react";
import type { Messages, Namespace } from "@/lib/i18n/messages";
import { getLocale, getMessages } from "@/lib/server/i18n";
import { I18nProvider, type PartialMessages } from "./i18n-provider";

export type MessagePick = { readonly [N in Namespace]?: readonly (keyof Messages[N] & string)[] };

/** What the root layout's client components use on every page: the header, footer, error pages. */
export const BASE_CLIENT_NAMESPACES: readonly Namespace[] = ["common", "nav", "errors"];
/** Single keys of other namespaces that the root layout's client components use. */
export const BASE_CLIENT_PICK: MessagePick = { flashcards: ["badge"] };

/** The chosen namespaces and keys of a catalogue. Pure, for tests. */
export function selectMessages(catalogue: Messages, namespaces: readonly Namespace[] = [], pick: MessagePick = {}): PartialMessages {
  const selected: Record<string, Record<string, string>> = {};
  for (const namespace of namespaces) selected[namespace] = { ...catalogue[namespace] };
  for (const [namespace, keys] of Object.entries(pick) as [Namespace, readonly string[]][]) {
    const table = catalogue[namespace] as Readonly<Record<string, string>>;
    const part = (selected[namespace] ??= {});
    for (const key of keys) if (Object.hasOwn(table, key)) part[key] = table[key]!;
  }
  return selected as PartialMessages;
}

export async function ClientMessages({ namespaces, pick, children }: { namespaces?: readonly Namespace[]; pick?: MessagePick; children: ReactNode }) {
  const [locale, catalogue] = await Promise.all([getLocale(), getMessages()]);
  return (
    <I18nProvider locale={locale} messages={selectMessages(catalogue, namespaces, pick)}>
      {children}
    </I18nProvider>
  );
}
