import { applyStep, createSim, nextTimer, type Scenario, type Sim, type Step, type Trace, type TraceSegment } from "@/lib/tcp";
import { CaptureError } from "./capture-error";

// For the browser's download button, which loads this module on its first click: its refusal in words.
export { captureErrorText, isCaptureError } from "./capture-error";
import { ETHERNET_MSS, ethernetFrame, writePcap, type WireEndpoint } from "./write-pcap";

/**
 * A simulator run as a pcap file that Wireshark opens: Ethernet/IPv4, A at 192.0.2.1:50000 and B
 * at 198.51.100.2:40000 (documentation addresses, RFC 5737), each segment at the moment it was
 * sent, counted from 2026-01-01 00:00:00 UTC. The capture point sits on the wire and sees every
 * segment sent, lost or not; an injected segment shows as sent by the endpoint it claims to be
 * from. Data longer than Ethernet's MSS (1460 octets) is written as several frames.
 */

export const EXPORT_EPOCH = 1_767_225_600;
export const EXPORT_ENDPOINTS: Record<"A" | "B", WireEndpoint> = {
  A: { mac: [0x02, 0, 0, 0, 0, 0x0a], ip: [192, 0, 2, 1], port: 50000 },
  B: { mac: [0x02, 0, 0, 0, 0, 0x0b], ip: [198, 51, 100, 2], port: 40000 },
};
/** More frames than this is not a lesson but a load test: the export refuses. */
export const MAX_EXPORT_FRAMES = 100_000;

export interface ExportedFrame {
  segment: TraceSegment;
  /** Seconds since the run began. */
  t: number;
}

/** Applies a step; a wait is cut at each timer's due time so every segment gets the moment it was sent. */
function* runTimed(scenario: Scenario): Generator<{ sim: Sim; t: number; fresh: readonly TraceSegment[] }> {
  let sim = createSim(scenario);
  // The engine's time unit per second, whatever it is (msl is kept in it).
  const perSecond = sim.config.msl / scenario.msl;
  const apply = (step: Step) => {
    const before = sim.segments.length;
    const { sim: next, record } = applyStep(sim, step);
    sim = next;
    return { sim, t: record.t, fresh: sim.segments.slice(before) };
  };
  for (const step of scenario.steps) {
    if (!("wait" in step)) {
      yield apply(step);
      continue;
    }
    let remaining = step.wait;
    for (;;) {
      const timer = nextTimer(sim.timers);
      const untilTimer = timer ? (timer.dueUs - sim.nowUs) / perSecond : Infinity;
      if (untilTimer > 0 && untilTimer < remaining - 1e-9) {
        yield apply({ wait: untilTimer });
        remaining -= untilTimer;
      } else {
        yield apply({ wait: remaining });
        break;
      }
    }
  }
}

/** Every segment of the run with the time it was sent (before the frames are cut to the MSS). */
export function timedSegments(scenario: Scenario): { segments: ExportedFrame[]; end: Sim } {
  const segments: ExportedFrame[] = [];
  let end = createSim(scenario);
  for (const { sim, t, fresh } of runTimed(scenario)) {
    end = sim;
    for (const s of fresh) segments.push({ segment: s, t });
  }
  // Fates as they ended up (a segment sent in flight may be delivered or dropped later).
  return { segments: segments.map((f) => ({ ...f, segment: end.segments[f.segment.id - 1] ?? f.segment })), end };
}

export const scenarioToPcap = (scenario: Scenario): Uint8Array => framesToPcap(timedSegments(scenario).segments);

/**
 * A trace (a flashcard's or an explanation's diagram) as a pcap: each segment at the time of the
 * step that sent it (an injected or duplicated one, which no endpoint sent, at the step it arrived).
 */
export function traceToPcap(trace: Trace): Uint8Array {
  const at = new Map<number, number>();
  for (const step of trace.steps) for (const id of step.sent) if (!at.has(id)) at.set(id, step.t);
  for (const step of trace.steps) for (const id of step.received) if (!at.has(id)) at.set(id, step.t);
  const last = trace.steps.at(-1)?.t ?? 0;
  const timed = trace.segments.map((segment) => ({ segment, t: at.get(segment.id) ?? last }));
  return framesToPcap(timed.sort((a, b) => a.t - b.t || a.segment.id - b.segment.id));
}

function framesToPcap(segments: readonly ExportedFrame[]): Uint8Array {
  const frames: { time: { sec: number; ns: number }; data: Uint8Array }[] = [];
  const ids = { A: 1, B: 1 };
  for (const { segment: s, t } of segments) {
    const totalNs = Math.round(t * 1e9);
    const time = { sec: EXPORT_EPOCH + Math.floor(totalNs / 1e9), ns: totalNs % 1e9 };
    const pieces = Math.max(1, Math.ceil(s.len / ETHERNET_MSS));
    if (frames.length + pieces > MAX_EXPORT_FRAMES) throw new CaptureError("exportTooLarge", { max: MAX_EXPORT_FRAMES });
    for (let p = 0; p < pieces; p += 1) {
      const offset = p * ETHERNET_MSS;
      const len = Math.min(ETHERNET_MSS, s.len - offset);
      const syn = s.flags.includes("SYN");
      frames.push({
        time,
        data: ethernetFrame({
          time,
          src: EXPORT_ENDPOINTS[s.from],
          dst: EXPORT_ENDPOINTS[s.to],
          syn: syn && p === 0,
          fin: s.flags.includes("FIN") && p === pieces - 1,
          rst: s.flags.includes("RST"),
          psh: len > 0 && p === pieces - 1,
          ack: s.flags.includes("ACK") ? s.ack : null,
          seq: (s.seq + offset + (syn && p > 0 ? 1 : 0)) >>> 0,
          len: Math.max(0, len),
          window: 65535,
          id: ids[s.from]++,
        }),
      });
    }
  }
  return writePcap(frames);
}
