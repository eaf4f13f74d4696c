"use client";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * A value only the browser knows (its origin, its time zone's reading of a date, whether the page
 * is interactive yet): `onServer` while rendering on the server and hydrating, then the browser's
 * value, without a hydration mismatch. It is read once; nothing re-renders when it changes.
 */
export function useBrowserValue<T>(inBrowser: () => T, onServer: T): T {
  return useSyncExternalStore(noSubscription, inBrowser, () => onServer);
}
