import type { CSSProperties } from "react";

/**
 * What both diagrams share: fonts, colours and the visually-hidden style. Colours are CSS
 * variables with fallbacks set by a small stylesheet inside the SVG (`.dark` is the app's theme
 * class), so the figures are legible with or without Tailwind and in either theme. The page can
 * override any `--dg-*` variable on an ancestor.
 */

export const MONO_FONT = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', 'Liberation Mono', monospace";
export const SANS_FONT = "ui-sans-serif, system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans SC', sans-serif";

/** Width of one character of MONO_FONT, in ems: the layout measures labels with it. */
export const MONO_CHAR_EM = 0.6;

export const DIAGRAM_CLASS = "hs-diagram";

export const color = {
  fg: "currentColor",
  accent: "var(--dg-accent)",
  accentSoft: "var(--dg-accent-soft)",
  halo: "var(--dg-halo)",
  sideA: "var(--dg-side-a)",
  sideB: "var(--dg-side-b)",
  onBadge: "#ffffff",
  muted: "var(--dg-muted)",
  loss: "var(--dg-loss)",
} as const;

/**
 * The defaults, scoped by class so several diagrams on a page share one definition. The halo (the
 * outline that keeps a label readable where a line crosses it) takes the page's `--background`
 * when the app defines one.
 */
export const THEME_CSS = `
.${DIAGRAM_CLASS}{--dg-accent:#c2410c;--dg-accent-soft:rgba(234,88,12,.13);--dg-halo:var(--background,#fff);--dg-side-a:#2563eb;--dg-side-b:#b5179e;--dg-muted:#6b7280;--dg-loss:#dc2626}
.dark .${DIAGRAM_CLASS}{--dg-accent:#fb923c;--dg-accent-soft:rgba(251,146,60,.18);--dg-halo:var(--background,#0a0a0a);--dg-side-a:#3b82f6;--dg-side-b:#d946ef;--dg-muted:#9ca3af;--dg-loss:#f87171}
`;

/** Hidden on screen, read by screen readers (the usual sr-only rules, inline so no CSS is needed). */
export const srOnly: CSSProperties = {
  position: "absolute",
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: "hidden",
  clip: "rect(0, 0, 0, 0)",
  whiteSpace: "nowrap",
  borderWidth: 0,
};

/** A label's outline in the background colour, drawn under the glyphs. */
export const haloProps = {
  stroke: color.halo,
  strokeWidth: 4,
  strokeLinejoin: "round",
  paintOrder: "stroke",
} as const;

/** Fills `{name}` placeholders: labels are plain strings so they can cross the server/client boundary. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Rounds to 2 decimals for SVG attributes, so markup stays short and stable. */
export const r2 = (n: number): number => Math.round(n * 100) / 100;
