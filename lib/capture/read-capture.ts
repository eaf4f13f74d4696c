import { CaptureError } from "./capture-error";
import { decodeFrame } from "./decode-frame";
import type { Frame } from "./frame";
import { isPcap, readPcap } from "./read-pcap";
import { isPcapng, readPcapng } from "./read-pcapng";
import { looksLikeTcpdumpText, readTcpdumpText } from "./read-tcpdump-text";
import type { Instant, PacketList, TcpPacket } from "./types";

/** The largest capture analysed (in the browser as on the command line): 64 MiB. */
export const MAX_CAPTURE_BYTES = 64 * 1024 * 1024;

const formatMiB = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function fromFrames(format: "pcap" | "pcapng", frames: Frame[]): PacketList {
  const packets: TcpPacket[] = [];
  let first: Instant | null = null;
  let last: Instant | null = null;
  for (const frame of frames) {
    first ??= frame.time;
    last = frame.time;
    const packet = decodeFrame(frame);
    if (packet) packets.push(packet);
  }
  return { format, frames: frames.length, ignored: frames.length - packets.length, packets, first, last };
}

/** The error for a file over the limit, also for the page, which checks the size before reading the file. */
export const tooLargeError = (size: number): CaptureError => new CaptureError("tooLarge", { size: formatMiB(size), limit: formatMiB(MAX_CAPTURE_BYTES) });

/** Reads any of the three formats; throws a CaptureError with the one-line message otherwise. */
export function readCapture(bytes: Uint8Array): PacketList {
  if (bytes.length > MAX_CAPTURE_BYTES) throw tooLargeError(bytes.length);
  if (isPcapng(bytes)) return fromFrames("pcapng", readPcapng(bytes));
  if (isPcap(bytes)) return fromFrames("pcap", readPcap(bytes));
  const head = bytes.subarray(0, 4096);
  if (head.length > 0 && !head.includes(0)) {
    const text = new TextDecoder("utf-8").decode(bytes);
    if (looksLikeTcpdumpText(text)) return readTcpdumpText(text);
  }
  if (bytes.length === 0) throw new CaptureError("emptyFile");
  throw new CaptureError("notACapture");
}
