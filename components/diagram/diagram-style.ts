import type { CSSProperties } from "react";
import { interpolate } from "@/lib/i18n/translate";

/**
 * What both diagrams share: fonts, colours and the visually-hidden style. Every colour is a CSS
 * variable `--dg-*` that a page may set on any ancestor; without it, a default from the small
 * stylesheet inside the SVG applies (`--dgd-*`, switched by the app's `.dark` theme class), so
 * the figures are legible with or without Tailwind, in either theme.
 */

export const MONO_FONT = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', 'Liberation Mono', monospace";
export const SANS_FONT = "ui-sans-serif, system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans SC', sans-serif";

/** Width of one character of MONO_FONT, in ems: the layout measures labels with it. */
export const MONO_CHAR_EM = 0.6;

export const DIAGRAM_CLASS = "hs-diagram";

const themed = (name: string) => `var(--dg-${name}, var(--dgd-${name}))`;

export const color = {
  fg: "currentColor",
  accent: themed("accent"),
  accentSoft: themed("accent-soft"),
  /** The background under the figure: label outlines and box fills. */
  halo: themed("halo"),
  sideA: themed("side-a"),
  sideB: themed("side-b"),
  /** Badge fills: dark enough under white text (4.5:1) in both themes. */
  badgeA: themed("badge-a"),
  badgeB: themed("badge-b"),
  muted: themed("muted"),
  loss: themed("loss"),
  onBadge: "#ffffff",
} as const;

/**
 * The defaults. The halo takes the app's surface colour (`--surface`, where diagrams are shown)
 * when the page defines one.
 */
export const THEME_CSS = `
.${DIAGRAM_CLASS}{--dgd-accent:#c2410c;--dgd-accent-soft:rgba(234,88,12,.13);--dgd-halo:var(--surface,#fff);--dgd-side-a:#2563eb;--dgd-side-b:#b5179e;--dgd-badge-a:#2563eb;--dgd-badge-b:#a21caf;--dgd-muted:#64748b;--dgd-loss:#dc2626}
.dark .${DIAGRAM_CLASS}{--dgd-accent:#fb923c;--dgd-accent-soft:rgba(251,146,60,.18);--dgd-halo:var(--surface,#0a0a0a);--dgd-side-a:#3b82f6;--dgd-side-b:#d946ef;--dgd-badge-a:#2563eb;--dgd-badge-b:#a21caf;--dgd-muted:#94a3b8;--dgd-loss:#f87171}
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

/**
 * Fills `{name}` placeholders and `{n, plural, one {...} other {...}}` (lib/i18n's interpolate):
 * labels are plain strings so they can cross the server/client boundary. Chinese labels have no
 * plural forms, so English plural rules are the right default.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return interpolate(template, values, "en");
}

/** Rounds to 2 decimals for SVG attributes, so markup stays short and stable. */
export const r2 = (n: number): number => Math.round(n * 100) / 100;
