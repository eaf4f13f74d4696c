import { ByteReader } from "./byte-reader";
import { CaptureError } from "./capture-error";
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

export const isPcapng = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x0a && bytes[1] === 0x0d && bytes[2] === 0x0d && bytes[3] === 0x0a;

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

function readInterface(r: ByteReader, body: number, end: number, where: string): Interface {
  const itf: Interface = { linkType: r.u16(body, `${where}: truncated interface description`), base: 10, exponent: 6, offsetSec: 0 };
  // Options: code, length, value padded to 32 bits; opt_endofopt (0) ends them.
  for (let o = body + 8; o + 4 <= end; ) {
    const code = r.u16(o, `${where}: truncated option`);
    const length = r.u16(o + 2, `${where}: truncated option`);
    if (code === 0) break;
    if (o + 4 + length > end) throw new CaptureError(`${where}: option ${code} runs past the end of its block`);
    if (code === 9 && length >= 1) {
      const v = r.u8(o + 4, "");
      itf.base = v & 0x80 ? 2 : 10;
      itf.exponent = v & 0x7f;
      if ((itf.base === 10 && itf.exponent > 18) || (itf.base === 2 && itf.exponent > 62)) {
        throw new CaptureError(`${where}: timestamp resolution ${v} is not supported`);
      }
    } else if (code === 14 && length >= 8) {
      const hi = r.u32(o + 4, "");
      const lo = r.u32(o + 8, "");
      itf.offsetSec = Number((BigInt.asIntN(64, (BigInt(r.littleEndian ? lo : hi) << BIG_32) | BigInt(r.littleEndian ? hi : lo))));
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
    const where = `block ${block} (offset ${offset})`;
    if (!r.has(offset, 12)) throw new CaptureError(`${where}: truncated block header`);
    const type = r.u32(offset, "");
    if (type === SHB) {
      const magic = r.u32(offset + 8, `${where}: truncated section header`);
      if (magic !== BYTE_ORDER_MAGIC) {
        r.littleEndian = !r.littleEndian;
        if (r.u32(offset + 8, "") !== BYTE_ORDER_MAGIC) throw new CaptureError(`${where}: bad byte-order magic in the section header`);
      }
      interfaces = [];
    } else if (block === 1) {
      throw new CaptureError("pcapng file does not start with a section header block");
    }
    const length = r.u32(offset + 4, "");
    if (length < 12 || length % 4 !== 0) throw new CaptureError(`${where}: bad block length ${length}`);
    if (!r.has(offset, length)) throw new CaptureError(`${where}: block length ${length} runs past the end of the file (${bytes.length - offset} bytes left)`);
    if (r.u32(offset + length - 4, "") !== length) throw new CaptureError(`${where}: block length ${length} is not repeated at the end of the block`);
    const body = offset + 8;
    const end = offset + length - 4;
    if (type === IDB) {
      interfaces.push(readInterface(r, body, end, where));
    } else if (type === EPB || type === SPB) {
      const n = frames.length + 1;
      if (n > MAX_FRAMES) throw new CaptureError(`more than ${MAX_FRAMES} frames: split the capture (editcap -c) and analyse the parts`);
      const at = `packet ${n}`;
      const itfIndex = type === EPB ? r.u32(body, `${at}: truncated packet block`) : 0;
      const itf = interfaces[itfIndex];
      if (!itf) throw new CaptureError(`${at}: interface ${itfIndex} was never described`);
      let captured: number;
      let dataAt: number;
      if (type === EPB) {
        lastTime = toInstant(r.u32(body + 4, `${at}: truncated packet block`), r.u32(body + 8, `${at}: truncated packet block`), itf);
        captured = r.u32(body + 12, `${at}: truncated packet block`);
        dataAt = body + 20;
      } else {
        // A simple packet block has no timestamp and no captured length: the block holds the frame.
        const original = r.u32(body, `${at}: truncated packet block`);
        dataAt = body + 4;
        captured = Math.min(original, end - dataAt);
      }
      if (captured > MAX_FRAME_BYTES) throw new CaptureError(`${at}: captured length ${captured} is larger than any frame (${MAX_FRAME_BYTES} at most)`);
      if (dataAt + captured > end) throw new CaptureError(`${at}: captured length ${captured} runs past the end of its block`);
      frames.push({ n, time: lastTime, linkType: itf.linkType, data: r.slice(dataAt, captured, "") });
    }
    offset += length;
  }
  return frames;
}
