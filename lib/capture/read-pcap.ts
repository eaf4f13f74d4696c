import { ByteReader } from "./byte-reader";
import { CaptureError } from "./capture-error";
import { MAX_FRAME_BYTES, MAX_FRAMES, type Frame } from "./frame";

/**
 * The classic libpcap format (the tcpdump.org "pcap" file format, also the IETF draft
 * draft-ietf-opsawg-pcap): a 24-byte file header, then per frame a 16-byte record header and the
 * captured bytes. Both byte orders, microsecond (0xa1b2c3d4) and nanosecond (0xa1b23c4d) times.
 *
 * Why not a library: the npm registry's pcap readers either bind native libpcap (`pcap`, which
 * cannot run in a browser) or read only classic pcap from Node streams (`pcap-parser`, no pcapng,
 * no browser); the format is 30 lines to read, and reading it here keeps every error a message.
 */

const MAGIC_US = 0xa1b2c3d4;
const MAGIC_NS = 0xa1b23c4d;

export function isPcap(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const r = new ByteReader(bytes);
  const be = r.u32(0);
  r.littleEndian = true;
  const le = r.u32(0);
  return be === MAGIC_US || be === MAGIC_NS || le === MAGIC_US || le === MAGIC_NS;
}

export function readPcap(bytes: Uint8Array): Frame[] {
  const r = new ByteReader(bytes);
  const magic = bytes.length >= 4 ? r.u32(0) : 0;
  r.littleEndian = magic !== MAGIC_US && magic !== MAGIC_NS;
  const nanos = r.u32(0) === MAGIC_NS;
  if (bytes.length < 24) throw new CaptureError("truncatedPcapHeader", { size: bytes.length });
  const linkType = r.u32(20) & 0xffff;
  const frames: Frame[] = [];
  let offset = 24;
  while (offset < bytes.length) {
    const n = frames.length + 1;
    if (n > MAX_FRAMES) throw new CaptureError("tooManyFrames", { max: MAX_FRAMES });
    if (!r.has(offset, 16)) throw new CaptureError("truncatedRecordHeader", { left: bytes.length - offset }, { packet: n });
    const sec = r.u32(offset);
    const frac = r.u32(offset + 4);
    const captured = r.u32(offset + 8);
    if (frac >= (nanos ? 1e9 : 1e6)) throw new CaptureError("badTimestamp", { fraction: frac }, { packet: n });
    if (captured > MAX_FRAME_BYTES) throw new CaptureError("recordTooLarge", { length: captured, max: MAX_FRAME_BYTES }, { packet: n });
    if (!r.has(offset + 16, captured)) {
      throw new CaptureError("truncatedPacketData", { length: captured, left: bytes.length - offset - 16 }, { packet: n });
    }
    frames.push({ n, time: { sec, ns: nanos ? frac : frac * 1000 }, linkType, data: r.slice(offset + 16, captured) });
    offset += 16 + captured;
  }
  return frames;
}
