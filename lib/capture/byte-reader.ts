import { CaptureError } from "./capture-error";

/**
 * Bounds-checked reads from a byte array, in the byte order a capture file declares. Every read
 * that would go past the end throws the caller's CaptureError (by default "the file ends in the
 * middle of a record"), so a truncated or
 * lying file can only ever produce a message, never an exception from a DataView.
 */
export class ByteReader {
  readonly view: DataView;
  constructor(
    readonly bytes: Uint8Array,
    public littleEndian = false,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.byteLength;
  }

  has(offset: number, size: number): boolean {
    return offset >= 0 && size >= 0 && offset + size <= this.bytes.byteLength;
  }

  private need(offset: number, size: number, what?: () => CaptureError): void {
    if (!this.has(offset, size)) throw what ? what() : new CaptureError("truncatedFile");
  }

  u8(offset: number, what?: () => CaptureError): number {
    this.need(offset, 1, what);
    return this.view.getUint8(offset);
  }

  u16(offset: number, what?: () => CaptureError): number {
    this.need(offset, 2, what);
    return this.view.getUint16(offset, this.littleEndian);
  }

  u32(offset: number, what?: () => CaptureError): number {
    this.need(offset, 4, what);
    return this.view.getUint32(offset, this.littleEndian);
  }

  slice(offset: number, size: number, what?: () => CaptureError): Uint8Array {
    this.need(offset, size, what);
    return this.bytes.subarray(offset, offset + size);
  }
}

/** Network byte order (big-endian) reads inside a packet; past the end of the captured bytes gives undefined. */
export const be16 = (b: Uint8Array, o: number): number | undefined => (o + 2 <= b.length ? (b[o]! << 8) | b[o + 1]! : undefined);
export const be32 = (b: Uint8Array, o: number): number | undefined =>
  o + 4 <= b.length ? ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0 : undefined;
