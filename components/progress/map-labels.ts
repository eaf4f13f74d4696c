// The state diagram's words for the mastery map, in the reader's language. The English edge
// labels are the diagram's own; the Chinese ones keep the RFC's names of calls and segments.
import type { StateLabelsInput } from "@/components/diagram/state-labels";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";

/** Exported for the glossary check (lib/i18n/zh-style-corpus.test.ts). */
export const ZH_EDGES: Readonly<Record<string, string>> = {
  "CLOSED>LISTEN": "被动打开",
  "LISTEN>CLOSED": "CLOSE",
  "CLOSED>SYN-SENT": "主动打开\n发 SYN",
  "SYN-SENT>CLOSED": "CLOSE",
  "LISTEN>SYN-RECEIVED": "收 SYN\n发 SYN,ACK",
  "SYN-RECEIVED>LISTEN": "收 RST",
  "LISTEN>SYN-SENT": "SEND\n发 SYN",
  "SYN-SENT>SYN-RECEIVED": "收 SYN\n发 SYN,ACK",
  "SYN-RECEIVED>ESTABLISHED": "收到 SYN 的 ACK",
  "SYN-SENT>ESTABLISHED": "收 SYN,ACK\n发 ACK",
  "SYN-RECEIVED>FIN-WAIT-1": "CLOSE\n发 FIN",
  "ESTABLISHED>FIN-WAIT-1": "CLOSE\n发 FIN",
  "ESTABLISHED>CLOSE-WAIT": "收 FIN\n发 ACK",
  "FIN-WAIT-1>FIN-WAIT-2": "收到 FIN\n的 ACK",
  "FIN-WAIT-1>CLOSING": "收 FIN\n发 ACK",
  "FIN-WAIT-1>TIME-WAIT": "收 FIN,ACK\n发 ACK",
  "FIN-WAIT-2>TIME-WAIT": "收 FIN\n发 ACK",
  "CLOSE-WAIT>LAST-ACK": "CLOSE\n发 FIN",
  "CLOSING>TIME-WAIT": "收到 FIN 的 ACK",
  "LAST-ACK>CLOSED": "收到 FIN 的 ACK",
  "TIME-WAIT>CLOSED": "超时 = 2MSL",
};

export function masteryMapLabels(t: Translator<"progress">, locale: Locale): StateLabelsInput {
  return {
    diagramName: t("map_diagramName"),
    summary: t("map_summary"),
    sentenceJoin: t("map_sentenceJoin"),
    namedSummary: t("map_namedSummary"),
    scoresNote: t("map_scoresNote"),
    stub: t("map_stub"),
    stubLegend: t("map_stubLegend"),
    tableCaption: t("map_tableCaption"),
    columnFrom: t("map_columnFrom"),
    columnTo: t("map_columnTo"),
    columnEvent: t("map_columnEvent"),
    columnScore: t("map_columnScore"),
    noData: t("map_noData"),
    legendTitle: t("map_legendTitle"),
    ...(locale === "zh" ? { edges: ZH_EDGES } : {}),
  };
}
