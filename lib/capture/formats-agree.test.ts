import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { analyseCapture, toContractJson } from "./analyse-capture";

/**
 * One real Linux capture in every form the reader takes, each made by the usual tools from
 * public/captures/linux-half-close.pcap: editcap -F pcapng, editcap -F nsecpcap, and
 * tcpdump -r FILE -n -S -tt. All four give the same analysis.
 */
const root = join(__dirname, "..", "..");
const json = (path: string) => toContractJson(analyseCapture(readFileSync(join(root, path)), "linux"));

it("gives the same analysis for pcap, pcapng, nanosecond pcap and tcpdump text", () => {
  const reference = json("public/captures/linux-half-close.pcap");
  expect(reference.connections[0]!.segments).toHaveLength(9);
  for (const other of ["linux-half-close.pcapng", "linux-half-close.ns.pcap", "linux-half-close.tcpdump.txt"]) {
    expect(json(`lib/capture/fixtures/${other}`)).toEqual(reference);
  }
});
