import type { Flag } from "../tcp/types";

/**
 * The one order control bits are written in, in every text a person reads and in both languages:
 * SYN, FIN, RST, then ACK ("SYN,ACK", "FIN,ACK", "RST,ACK"), as RFC 9293 and Wireshark write them.
 * The trace keeps its own alphabetical order (docs/scenarios.md); this is only how it is shown.
 */
export const FLAG_ORDER: readonly Flag[] = ["SYN", "FIN", "RST", "ACK"];

/** "FIN,ACK"; "" for no flags (callers say "no segment" or "no flags" in their own words). */
export const formatFlags = (flags: readonly Flag[]): string => FLAG_ORDER.filter((f) => flags.includes(f)).join(",");

/** The flags in the order people write them, as a list (for checkbox options and responses). */
export const orderFlags = (flags: readonly Flag[]): Flag[] => FLAG_ORDER.filter((f) => flags.includes(f));
