import type { Messages } from "@/lib/i18n/messages";

/**
 * The captures messages PcapDownloadButton uses, for the pages that show it without the rest of
 * the capture lab (practice, assignments, flashcards, the simulator): its label and hint, the
 * message when the writer cannot be loaded, and the writer's own refusal of a run too large.
 */
export const PCAP_BUTTON_KEYS: readonly (keyof Messages["captures"])[] = ["downloadPcap", "downloadPcapHint", "downloadPcapFailed", "err_exportTooLarge"];
