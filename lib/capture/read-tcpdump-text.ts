import { CaptureError } from "./capture-error";
import type { PacketList, TcpPacket } from "./types";

/**
 * The text `tcpdump -n -S -tt` prints, one line per packet:
 *   1796607281.946300 IP 127.0.0.1.57516 > 127.0.0.1.25355: Flags [S], seq 4058239094, win 65495, ..., length 0
 * (`-i any` adds the interface and direction before "IP"). tcpdump leaves the sequence number out
 * of a segment that has no data, SYN or FIN: it is taken as the sender's next sequence number.
 * Relative sequence numbers (no -S) and times of day (no -tt) are refused with the flag to add.
 */

const TIME = /^(\d{9,11})\.(\d{1,9})\s+(.*)$/;
const TIME_OF_DAY = /^\d{1,2}:\d{2}:\d{2}\.\d+\s/;
const IP_LINE = /^(?:.*?\s)?(IP6?)\s+(\S+)\.(\d+) > (\S+)\.(\d+):\s+(.*)$/;
const TCP_REST = /^Flags \[([^\]]*)\](.*)$/;

export function looksLikeTcpdumpText(text: string): boolean {
  const first = text
    .split("\n", 20)
    .find((line) => line.trim() !== "" && !line.startsWith("tcpdump:") && !line.startsWith("listening on") && !line.startsWith("reading from"));
  return first !== undefined && (TIME.test(first.trim()) || TIME_OF_DAY.test(first.trim()));
}

const numberAfter = (rest: string, word: string): RegExpMatchArray | null => rest.match(new RegExp(`(?:^|,\\s*)${word} (\\d+)(?::(\\d+))?`));

function parseFlags(text: string, line: number): TcpPacket["flags"] {
  if (text === "none") return { syn: false, ack: false, fin: false, rst: false, psh: false };
  if (!/^[SFRPUEW.]*$/.test(text)) throw new CaptureError("unknownFlags", { flags: text }, { line });
  return { syn: text.includes("S"), ack: text.includes("."), fin: text.includes("F"), rst: text.includes("R"), psh: text.includes("P") };
}

const toUint32 = (digits: string, line: number): number => {
  const n = Number(digits);
  if (!Number.isSafeInteger(n) || n > 0xffffffff) throw new CaptureError("seqNot32Bit", { digits }, { line });
  return n;
};

export function readTcpdumpText(text: string): PacketList {
  const packets: TcpPacket[] = [];
  let frames = 0;
  let ignored = 0;
  let first: PacketList["first"] = null;
  let last: PacketList["last"] = null;
  /** Per direction: the next sequence number, for segments tcpdump prints without one. */
  const nextSeq = new Map<string, number>();
  /** Per direction: the ISN of its SYN, to recognise relative numbers. */
  const isn = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const line = index + 1;
    const raw = lines[index]!.trim();
    if (raw === "" || raw.startsWith("tcpdump:") || raw.startsWith("listening on") || raw.startsWith("reading from") || /^\d+ packets? /.test(raw)) continue;
    if (TIME_OF_DAY.test(raw)) throw new CaptureError("timesOfDay", {}, { line });
    const timed = raw.match(TIME);
    if (!timed) {
      // -v and -X print continuation lines, indented, under their packet.
      if (/^\s/.test(lines[index]!) || raw.startsWith("0x")) continue;
      throw new CaptureError("notTtLine", {}, { line });
    }
    frames += 1;
    const [, secText, fracText, rest] = timed as unknown as [string, string, string, string];
    const time = { sec: Number(secText), ns: Number(fracText.padEnd(9, "0")) };
    first ??= time;
    last = time;
    const ip = rest.match(IP_LINE);
    const tcp = ip?.[6]?.match(TCP_REST);
    if (!ip || !tcp) {
      ignored += 1;
      continue;
    }
    const [, family, src, sportText, dst, dportText] = ip as unknown as [string, string, string, string, string, string];
    if (!/^[\d.]+$/.test(src) && family === "IP") throw new CaptureError("hostNames", {}, { line });
    const flags = parseFlags(tcp[1]!, line);
    const fields = tcp[2]!;
    if (fields.includes("[|tcp]")) throw new CaptureError("truncatedTcp", {}, { line });
    const seqMatch = numberAfter(fields, "seq");
    const ackMatch = numberAfter(fields, "ack");
    const lengthMatch = numberAfter(fields, "length");
    const len = lengthMatch ? Number(lengthMatch[1]) : seqMatch?.[2] ? toUint32(seqMatch[2], line) - toUint32(seqMatch[1]!, line) : 0;
    const direction = `${src}.${sportText}>${dst}.${dportText}`;
    const reverse = `${dst}.${dportText}>${src}.${sportText}`;
    const ack = flags.ack ? (ackMatch ? toUint32(ackMatch[1]!, line) : null) : null;
    if (flags.ack && ack === null) throw new CaptureError("ackWithoutNumber", {}, { line });
    const peerIsn = isn.get(reverse);
    if (!flags.syn && ack !== null && peerIsn !== undefined && ack < 1000 && peerIsn >= 1000) {
      throw new CaptureError("relativeSeq", {}, { line });
    }
    let seq: number;
    if (seqMatch) seq = toUint32(seqMatch[1]!, line);
    else if (nextSeq.has(direction)) seq = nextSeq.get(direction)!;
    else seq = 0;
    const seqKnown = seqMatch !== null || nextSeq.has(direction);
    if (flags.syn) isn.set(direction, seq);
    const space = len + (flags.syn ? 1 : 0) + (flags.fin ? 1 : 0);
    const end = (seq + space) >>> 0;
    const known = nextSeq.get(direction);
    if (known === undefined || ((end - known) | 0) > 0) nextSeq.set(direction, end);
    packets.push({
      frame: frames,
      time,
      src,
      dst,
      sport: Number(sportText),
      dport: Number(dportText),
      flags,
      seq,
      ack,
      len,
      seqKnown,
    });
  }
  if (frames === 0) throw new CaptureError("noPacketLines");
  return { format: "tcpdump", frames, ignored, packets, first, last };
}
