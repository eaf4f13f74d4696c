/**
 * A question's text as HTML for other systems: the prompt, and the exchange shown with it as a
 * table (they cannot draw Handshake's diagrams), blanks as "(n)". Everything is escaped: prompts
 * hold no markup (spec.ts refuses it) and engine text holds none either, but a writer must not rely on that.
 */
import type { Locale, Question } from "../../questions/types";

export const escapeHtml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const HEAD: Record<Locale, string[]> = {
  en: ["Segment", "From", "To", "Flags", "seq", "ack", "len"],
  zh: ["报文段", "发送方", "接收方", "控制位", "seq", "ack", "len"],
};

export function questionHtml(question: Question, locale: Locale): string {
  const parts = [`<p>${escapeHtml(question.prompt[locale])}</p>`];
  const diagram = question.diagram;
  if (diagram && diagram.trace.segments.length > 0) {
    const blanks = new Map<string, string>(
      (diagram.hiddenFields ?? []).flatMap((h, i) => ("segment" in h ? [[`${h.segment}.${h.field}`, `(${i + 1})`] as const] : [])),
    );
    const cell = (id: number, field: string, value: number) => blanks.get(`${id}.${field}`) ?? String(value);
    const rows = diagram.trace.segments.map(
      (s) =>
        `<tr><td>${s.id}</td><td>${s.from}</td><td>${s.to}</td><td>${["SYN", "FIN", "RST", "ACK"].filter((f) => (s.flags as string[]).includes(f)).join(",")}</td><td>${cell(s.id, "seq", s.seq)}</td><td>${s.flags.includes("ACK") ? cell(s.id, "ack", s.ack) : ""}</td><td>${cell(s.id, "len", s.len)}</td></tr>`,
    );
    parts.push(`<table><thead><tr>${HEAD[locale].map((h) => `<th>${h}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table>`);
  }
  return parts.join("");
}
