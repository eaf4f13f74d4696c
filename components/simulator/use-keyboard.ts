"use client";

import { useEffect, useRef, type RefObject } from "react";
import { isTextEntry } from "@/components/ui/is-text-entry";

/** Ctrl+Z (⌘Z) undoes; Ctrl+Shift+Z and Ctrl+Y redo; never while typing in a field. */
export function useHistoryShortcuts(handlers: { undo: () => void; redo: () => void }) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.defaultPrevented || isTextEntry(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === "z" && !event.shiftKey) latest.current.undo();
      else if ((key === "z" && event.shiftKey) || (key === "y" && !event.shiftKey)) latest.current.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}

/**
 * A step often removes the button that made it (Listen is gone once listening, a delivered
 * segment leaves the list). Focus would then fall to the page's start; instead it goes to the
 * first control left in the same area (`data-focus-zone`), or the area itself.
 */
export function useFocusRecovery(rootRef: RefObject<HTMLElement | null>, changed: unknown) {
  const zone = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      zone.current = target?.closest<HTMLElement>("[data-focus-zone]") ?? null;
    };
    root.addEventListener("focusin", onFocusIn);
    return () => root.removeEventListener("focusin", onFocusIn);
  }, [rootRef]);

  useEffect(() => {
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const area = zone.current;
    if (!area?.isConnected) return;
    const control = area.querySelector<HTMLElement>("button:not(:disabled), input:not(:disabled)");
    (control ?? area).focus();
  }, [changed]);
}
