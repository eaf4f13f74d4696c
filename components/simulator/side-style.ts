import type { Side } from "@/lib/tcp/types";

/** Each endpoint's colour, the same as the diagrams' (components/diagram/diagram-style.ts), in both themes. */
export const SIDE_TEXT: Record<Side, string> = {
  A: "text-[#1d4ed8] dark:text-[#60a5fa]",
  B: "text-[#a21caf] dark:text-[#e879f9]",
};

export const SIDE_BADGE: Record<Side, string> = {
  A: "bg-[#2563eb] text-white dark:bg-[#3b82f6]",
  B: "bg-[#b5179e] text-white dark:bg-[#c026d3]",
};

export const SIDE_BORDER: Record<Side, string> = {
  A: "border-t-[#2563eb] dark:border-t-[#3b82f6]",
  B: "border-t-[#b5179e] dark:border-t-[#d946ef]",
};

/** A whole number of bytes or seconds typed in a field, or null. */
export function parsePositive(text: string, { integer, max }: { integer: boolean; max: number }): number | null {
  const trimmed = text.trim();
  if (!(integer ? /^\d+$/ : /^\d+(\.\d+)?$/).test(trimmed)) return null;
  const value = Number(trimmed);
  return value > 0 && value <= max ? value : null;
}
