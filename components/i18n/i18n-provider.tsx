"use client";
// Messages for Client Components. The root layout passes the current locale's catalogue (all
// namespaces: they are small), so `useT("auth")` works in any client component below it.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import type { Messages, Namespace } from "@/lib/i18n/messages";
import { createTranslator, type Translator } from "@/lib/i18n/translate";

interface I18nContextValue {
  locale: Locale;
  messages: Messages;
}

const I18nContext = createContext<I18nContextValue | null>(null);

export function I18nProvider({ locale, messages, children }: { locale: Locale; messages: Messages; children: ReactNode }) {
  const value = useMemo(() => ({ locale, messages }), [locale, messages]);
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

/** `const t = useT("auth"); t("signInTitle")` */
export function useT<N extends Namespace>(namespace: N): Translator<N> {
  const { messages, locale } = useI18nContext();
  return useMemo(() => createTranslator(messages, namespace, locale), [messages, namespace, locale]);
}
