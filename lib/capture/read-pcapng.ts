import { ByteReader } from "./byte-reader";
import { CaptureError, type CaptureErrorPlace } from "./capture-error";
import { MAX_FRAME_BYTES, MAX_FRAMES, type Frame } from "./frame";
import type { Instant } from "./types";

/**
 * pcapng (the IETF draft draft-ietf-opsawg-pcapng): a sequence of blocks, each
 * `type, total length, body, total length`. Section header blocks set the byte order; interface
 * description blocks give each interface its link type and timestamp resolution (if_tsresol,
 * if_tsoffset); enhanced and simple packet blocks carry frames. Every other block is skipped.
 * A block whose lengths lie (too short, not a multiple of 4, past the end, or not repeated at its
 * end) stops the reading with a message naming its offset.
 *
 * Why not a library: see read-pcap.ts (no pure JavaScript reader of pcapng was found on npm).
 */

const SHB = 0x0a0d0d0a;
const IDB = 1;
const SPB = 3;
const EPB = 6;
const BYTE_ORDER_MAGIC = 0x1a2b3c4d;

interface Interface {
  linkType: number;
  /** Timestamp units per second, as a power: 10^-digits or 2^-bits. */
  base: 10 | 2;
  exponent: number;
  offsetSec: number;
}

export const isPcapng = (bytes: Uint8Array): boolean => bytes.length >= 4 && bytes[0] === 0x0a && bytes[1] === 0x0d && bytes[2] === 0x0d && bytes[3] === 0x0a;

const BIG_32 = BigInt(32);
const BILLION = BigInt(1_000_000_000);

/** A 64-bit timestamp in the interface's units, as whole seconds and nanoseconds (BigInt: ns since 1970 pass 2^53). */
function toInstant(high: number, low: number, itf: Interface): Instant {
  const units = (BigInt(high) << BIG_32) | BigInt(low);
  let sec: bigint;
  let ns: bigint;
  if (itf.base === 10) {
    const perSec = BigInt(10) ** BigInt(itf.exponent);
    sec = units / perSec;
    const frac = units % perSec;
    ns = itf.exponent <= 9 ? frac * BigInt(10) ** BigInt(9 - itf.exponent) : frac / BigInt(10) ** BigInt(itf.exponent - 9);
  } else {
    const shift = BigInt(itf.exponent);
    sec = units >> shift;
    ns = ((units & ((BigInt(1) << shift) - BigInt(1))) * BILLION) >> shift;
  }
  return { sec: Number(sec) + itf.offsetSec, ns: Number(ns) };
}

function readInterface(r: ByteReader, body: number, end: number, where: CaptureErrorPlace): Interface {
  const itf: Interface = { linkType: r.u16(body, () => new CaptureError("truncatedInterface", {}, where)), base: 10, exponent: 6, offsetSec: 0 };
  // Options: code, length, value padded to 32 bits; opt_endofopt (0) ends them.
  for (let o = body + 8; o + 4 <= end;) {
    const truncated = () => new CaptureError("truncatedOption", {}, where);
    const code = r.u16(o, truncated);
    const length = r.u16(o + 2, truncated);
    if (code === 0) break;
    if (o + 4 + length > end) throw new CaptureError("optionPastBlock", { code }, where);
    if (code === 9 && length >= 1) {
      const v = r.u8(o + 4);
      itf.base = v & 0x80 ? 2 : 10;
      itf.exponent = v & 0x7f;
      if ((itf.base === 10 && itf.exponent > 18) || (itf.base === 2 && itf.exponent > 62)) {
        throw new CaptureError("unsupportedTsresol", { value: v }, where);
      }
    } else if (code === 14 && length >= 8) {
      const hi = r.u32(o + 4);
      const lo = r.u32(o + 8);
      itf.offsetSec = Number(BigInt.asIntN(64, (BigInt(r.littleEndian ? lo : hi) << BIG_32) | BigInt(r.littleEndian ? hi : lo)));
    }
    o += 4 + ((length + 3) & ~3);
  }
  return itf;
}

export function readPcapng(bytes: Uint8Array): Frame[] {
  const r = new ByteReader(bytes);
  const frames: Frame[] = [];
  let interfaces: Interface[] = [];
  let lastTime: Instant = { sec: 0, ns: 0 };
  let offset = 0;
  let block = 0;
  while (offset < bytes.length) {
    block += 1;
    const where = { block, offset };
    if (!r.has(offset, 12)) throw new CaptureError("truncatedBlockHeader", {}, where);
    const type = r.u32(offset);
    if (type === SHB) {
      const magic = r.u32(offset + 8, () => new CaptureError("truncatedSectionHeader", {}, where));
      if (magic !== BYTE_ORDER_MAGIC) {
        r.littleEndian = !r.littleEndian;
        if (r.u32(offset + 8) !== BYTE_ORDER_MAGIC) throw new CaptureError("badByteOrderMagic", {}, where);
      }
      interfaces = [];
    } else if (block === 1) {
      throw new CaptureError("noSectionHeader");
    }
    const length = r.u32(offset + 4);
    if (length < 12 || length % 4 !== 0) throw new CaptureError("badBlockLength", { length }, where);
    if (!r.has(offset, length)) throw new CaptureError("blockPastEnd", { length, left: bytes.length - offset }, where);
    if (r.u32(offset + length - 4) !== length) throw new CaptureError("blockLengthMismatch", { length }, where);
    const body = offset + 8;
    const end = offset + length - 4;
    if (type === IDB) {
      interfaces.push(readInterface(r, body, end, where));
    } else if (type === EPB || type === SPB) {
      const n = frames.length + 1;
      if (n > MAX_FRAMES) throw new CaptureError("tooManyFrames", { max: MAX_FRAMES });
      const at = { packet: n };
      const truncated = () => new CaptureError("truncatedPacketBlock", {}, at);
      const itfIndex = type === EPB ? r.u32(body, truncated) : 0;
      const itf = interfaces[itfIndex];
      if (!itf) throw new CaptureError("interfaceUndescribed", { index: itfIndex }, at);
      let captured: number;
      let dataAt: number;
      if (type === EPB) {
        lastTime = toInstant(r.u32(body + 4, truncated), r.u32(body + 8, truncated), itf);
        captured = r.u32(body + 12, truncated);
        dataAt = body + 20;
      } else {
        // A simple packet block has no timestamp and no captured length: the block holds the frame.
        const original = r.u32(body, truncated);
        dataAt = body + 4;
        captured = Math.min(original, end - dataAt);
      }
      if (captured > MAX_FRAME_BYTES) throw new CaptureError("capturedTooLarge", { length: captured, max: MAX_FRAME_BYTES }, at);
      if (dataAt + captured > end) throw new CaptureError("capturedPastBlock", { length: captured }, at);
      frames.push({ n, time: lastTime, linkType: itf.linkType, data: r.slice(dataAt, captured) });
    }
    offset += length;
  }
  return frames;
}
