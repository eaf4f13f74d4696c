// The HTTP answer of an export: Moodle XML as a file, or the QTI 2.1 package as a zip; the query
// validated with zod (a mangled URL gets a 400 with a message, never a 500).
import "server-only";
import { z } from "zod";
import type { ExportGroup } from "@/lib/authoring/export/moodle-xml";
import { toMoodleXml } from "@/lib/authoring/export/moodle-xml";
import { toQtiFiles, toQtiPackage } from "@/lib/authoring/export/qti";
import { isLocale, type Locale } from "@/lib/i18n/config";

export const MAX_EXPORT_VARIANTS = 20;

export const exportQuerySchema = z.object({
  format: z.enum(["moodle", "qti"]),
  count: z.coerce.number().int().min(1).max(MAX_EXPORT_VARIANTS).default(5),
  lang: z.string().optional(),
});

export function readExportQuery(url: string, fallbackLocale: Locale): { ok: true; format: "moodle" | "qti"; count: number; locale: Locale } | { ok: false } {
  const params = Object.fromEntries(new URL(url).searchParams);
  const parsed = exportQuerySchema.safeParse(params);
  if (!parsed.success) return { ok: false };
  const lang = parsed.data.lang;
  if (lang !== undefined && !isLocale(lang)) return { ok: false };
  return { ok: true, format: parsed.data.format, count: parsed.data.count, locale: lang ?? fallbackLocale };
}

export function fileSlug(title: string, fallback: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/[\s_]+/g, "-")
    .toLowerCase()
    .slice(0, 60);
  return slug || fallback;
}

export function exportResponse(format: "moodle" | "qti", title: string, groups: readonly ExportGroup[], locale: Locale): Response {
  const name = fileSlug(title, "handshake-questions");
  const common = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
  if (format === "moodle") {
    return new Response(toMoodleXml(groups, locale), {
      status: 200,
      headers: { ...common, "Content-Type": "application/xml; charset=utf-8", "Content-Disposition": `attachment; filename="${name}-moodle.xml"` },
    });
  }
  const zip = toQtiPackage(toQtiFiles(groups, title, locale));
  return new Response(new Blob([zip.slice().buffer as ArrayBuffer]), {
    status: 200,
    headers: { ...common, "Content-Type": "application/zip", "Content-Disposition": `attachment; filename="${name}-qti21.zip"` },
  });
}
