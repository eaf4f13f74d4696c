import type { Locale } from "../i18n/config";
import type { Citation } from "./types";

/** Where a citation points on the RFC Editor's site: the section or figure anchor, or the RFC itself. */
export function citationHref(c: Citation): string {
  const base = `https://www.rfc-editor.org/rfc/rfc${c.rfc}`;
  if (c.section) return `${base}#section-${c.section}`;
  if (c.figure) return `${base}#figure-${c.figure}`;
  return base;
}

/** "RFC 9293, section 3.5" / "RFC 9293 第 3.5 节"; "RFC 9293, Figure 8" / "RFC 9293 图 8". */
export function citationLabel(c: Citation, locale: Locale): string {
  const rfc = `RFC ${c.rfc}`;
  if (c.section) return locale === "zh" ? `${rfc} 第 ${c.section} 节` : `${rfc}, section ${c.section}`;
  if (c.figure) return locale === "zh" ? `${rfc} 图 ${c.figure}` : `${rfc}, Figure ${c.figure}`;
  return rfc;
}
