import { describe, expect, it } from "vitest";
import { isnClockCycleUs, LARGEST_TRANSFER_WITHOUT_WRAP, rfc6528Isn, segmentsFor, wrapSeconds } from "./sequence-space";

describe("the sequence space", () => {
  it("chooses the ISN as the 4 µs clock plus the keyed hash, modulo 2^32 (RFC 6528)", () => {
    expect(rfc6528Isn(0, 12345)).toBe(12345);
    expect(rfc6528Isn(4_000_000, 0)).toBe(1_000_000);
    expect(rfc6528Isn(7, 10)).toBe(11);
    expect(rfc6528Isn(8, 2 ** 32 - 1)).toBe(1);
  });

  it("runs the ISN clock once round the space in 2^32 x 4 µs, about 4.77 hours", () => {
    expect(isnClockCycleUs()).toBe(17_179_869_184);
    expect(isnClockCycleUs() / 3.6e9).toBeCloseTo(4.77, 2);
  });

  it("wraps after 2^32 / rate seconds: 34.4 s at 1 Gbit/s (125 MB/s), 3.4 s at 10 Gbit/s", () => {
    expect(wrapSeconds(125_000_000)).toBeCloseTo(34.36, 2);
    expect(wrapSeconds(1_250_000_000)).toBeCloseTo(3.436, 3);
    expect(wrapSeconds(1)).toBe(2 ** 32);
  });

  it("allows 2^32 octets in one connection before a number repeats (Kurose & Ross P26)", () => {
    expect(LARGEST_TRANSFER_WITHOUT_WRAP).toBe(4_294_967_296);
    expect(segmentsFor(LARGEST_TRANSFER_WITHOUT_WRAP, 536)).toBe(8_012_999);
  });
});
