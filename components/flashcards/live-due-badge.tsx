"use client";
import { useEffect, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { DUE_COUNT_EVENT } from "./events";

/**
 * The count next to "Flashcards" in the navigation. It starts from the server's count and follows
 * the review page's ratings and undos (the layout is not re-rendered on each rating).
 */
export function LiveDueBadge({ initial }: { initial: number }) {
  const t = useT("flashcards");
  const [state, setState] = useState({ from: initial, count: initial });
  // A fresh server count (the layout rendered again) wins over the last one heard.
  if (state.from !== initial) setState({ from: initial, count: initial });

  useEffect(() => {
    const onCount = (event: Event) => {
      const count = (event as CustomEvent<number>).detail;
      if (Number.isInteger(count)) setState((s) => ({ ...s, count }));
    };
    window.addEventListener(DUE_COUNT_EVENT, onCount);
    return () => window.removeEventListener(DUE_COUNT_EVENT, onCount);
  }, []);

  if (state.count <= 0) return null;
  return (
    <span
      data-due-badge
      className="ml-2 inline-flex min-w-6 items-center justify-center rounded-full bg-accent px-1.5 py-0.5 text-xs leading-none font-semibold text-accent-fg tabular-nums"
    >
      <span aria-hidden="true">{state.count > 99 ? "99+" : state.count}</span>
      <span className="sr-only">{t("badge", { count: state.count })}</span>
    </span>
  );
}
