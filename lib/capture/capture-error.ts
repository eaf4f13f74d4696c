import { captures as en } from "../i18n/messages/en/captures";
import { interpolate, type MessageVars } from "../i18n/translate";

/**
 * The one error the capture readers throw. It carries a code, the numbers that go with it and
 * where in the file it is (a packet, a pcapng block, a line of tcpdump text), so the page can say
 * it in the reader's language (captures.err_<code> and captures.errAt_<place> in the catalogues).
 * Its message is the same text from the English catalogue: the single line the command line
 * prints (exit 2), "packet 14: truncated TCP header (...)".
 */
export const CAPTURE_ERROR_CODES = [
  "notACapture",
  "emptyFile",
  "tooLarge",
  "truncatedFile",
  "tooManyFrames",
  "truncatedPcapHeader",
  "truncatedRecordHeader",
  "badTimestamp",
  "recordTooLarge",
  "truncatedPacketData",
  "noSectionHeader",
  "truncatedBlockHeader",
  "truncatedSectionHeader",
  "badByteOrderMagic",
  "badBlockLength",
  "blockPastEnd",
  "blockLengthMismatch",
  "truncatedInterface",
  "truncatedOption",
  "optionPastBlock",
  "unsupportedTsresol",
  "interfaceUndescribed",
  "truncatedPacketBlock",
  "capturedTooLarge",
  "capturedPastBlock",
  "truncatedIpv4",
  "badIpv4HeaderLength",
  "ipv4TotalTooShort",
  "truncatedIpv6",
  "truncatedIpv6Extension",
  "truncatedIpv6Fragment",
  "truncatedIpv6Auth",
  "ipv6ExtensionsTooLong",
  "truncatedTcp",
  "badTcpHeaderLength",
  "tcpHeaderTooLong",
  "noPacketLines",
  "notTtLine",
  "seqNot32Bit",
  "ackWithoutNumber",
  "relativeSeq",
  "unknownFlags",
  "timesOfDay",
  "hostNames",
  "exportTooLarge",
] as const;
export type CaptureErrorCode = (typeof CAPTURE_ERROR_CODES)[number];

/** Where the problem is: a frame (numbered from 1, as Wireshark does), a pcapng block, a text line. */
export type CaptureErrorPlace = { packet: number } | { block: number; offset: number } | { line: number };

/** A catalogue lookup: the English table here, the page's translator (useT("captures")) there. */
type Say = (key: `err_${CaptureErrorCode}` | "errAt_packet" | "errAt_block" | "errAt_line", vars?: MessageVars) => string;

/** The error's text in the language `say` speaks. */
export function captureErrorText(say: Say, error: { code: CaptureErrorCode; vars: MessageVars; place: CaptureErrorPlace | null }): string {
  const text = say(`err_${error.code}`, error.vars);
  const place = error.place;
  if (!place) return text;
  if ("packet" in place) return say("errAt_packet", { n: place.packet, message: text });
  if ("block" in place) return say("errAt_block", { n: place.block, offset: place.offset, message: text });
  return say("errAt_line", { n: place.line, message: text });
}

const english: Say = (key, vars) => interpolate(en[key], vars, "en");

export class CaptureError extends Error {
  constructor(
    readonly code: CaptureErrorCode,
    readonly vars: MessageVars = {},
    readonly place: CaptureErrorPlace | null = null,
  ) {
    super(captureErrorText(english, { code, vars, place }));
    this.name = "CaptureError";
  }
}

export const isCaptureError = (error: unknown): error is CaptureError => error instanceof CaptureError;
