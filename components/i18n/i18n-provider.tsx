"use client";
// Messages for Client Components. Only what the client components below need is sent to the
// browser: the root layout provides the namespaces every page's chrome uses (see
// BASE_CLIENT_MESSAGES in components/i18n/client-messages.tsx), and a segment's layout adds the
// namespaces (or single keys) of its own client components with <ClientMessages>. A nested
// provider adds to what its parents provide, so `useT("auth")` works in any client component below
// one that provides "auth". Server Components translate on the server (getT) and send text only.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import type { Messages, Namespace } from "@/lib/i18n/messages";
import { createTranslator, type Translator } from "@/lib/i18n/translate";

/** Some namespaces, each with some or all of its keys. */
export type PartialMessages = { readonly [N in Namespace]?: Partial<Messages[N]> };

interface I18nContextValue {
  locale: Locale;
  messages: PartialMessages;
}

const I18nContext = createContext<I18nContextValue | null>(null);

export function I18nProvider({ locale, messages, children }: { locale: Locale; messages: PartialMessages; children: ReactNode }) {
  const parent = useContext(I18nContext);
  const value = useMemo(() => {
    if (!parent) return { locale, messages };
    const merged: Record<string, object> = { ...parent.messages };
    for (const [namespace, table] of Object.entries(messages)) merged[namespace] = { ...merged[namespace], ...table };
    return { locale, messages: merged as PartialMessages };
  }, [parent, locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18nContext(): I18nContextValue {
  const context = useContext(I18nContext);
  if (!context) throw new Error("useT/useLocale need an <I18nProvider> above them (see app/layout.tsx).");
  return context;
}

export function useLocale(): Locale {
  return useI18nContext().locale;
}

const reported = new Set<string>();

/** `const t = useT("auth"); t("signInTitle")` */
export function useT<N extends Namespace>(namespace: N): Translator<N> {
  const { messages, locale } = useI18nContext();
  const table = messages[namespace];
  if (!table && !reported.has(namespace)) {
    // A missing key shows as "namespace.key" (createTranslator's fallback); say which provider is missing.
    reported.add(namespace);
    console.error(`useT("${namespace}"): no <ClientMessages> provides "${namespace}" above this component.`);
  }
  return useMemo(() => createTranslator({ [namespace]: table ?? {} } as unknown as Messages, namespace, locale), [table, namespace, locale]);
}
