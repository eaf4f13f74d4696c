import type { Side } from "../tcp";
import type { Localized } from "./types";

/** Both languages at once; keeps each template's sentences side by side. */
export const L = (en: string, zh: string): Localized => ({ en, zh });

/** "A (client)" / "A（客户端）" */
export function sideWithRole(side: Side, role: "client" | "server"): Localized {
  return role === "client" ? L(`${side} (the client)`, `${side}（客户端）`) : L(`${side} (the server)`, `${side}（服务器）`);
}

/** Joins localized pieces sentence by sentence. */
export function join(parts: readonly Localized[], separator: Localized = L(" ", "")): Localized {
  return { en: parts.map((p) => p.en).join(separator.en), zh: parts.map((p) => p.zh).join(separator.zh) };
}

/** Seconds for prose: "240", "0.2", "7". */
export const secs = (seconds: number): string => String(Math.round(seconds * 1000) / 1000);
