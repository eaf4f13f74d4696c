/**
 * npm run bench -- capture
 * How the capture analysis grows with a connection's length: a pcap of one connection (handshake,
 * N data segments from the client each acknowledged by the server, one in every 50 sent twice as a
 * retransmission, then the close) analysed at several lengths. Time per 1,000 segments should stay
 * flat; the loss search once grew with the square of the length (80,000 segments: about 2 minutes).
 * BENCH_SEGMENTS=10000,40000 chooses the lengths.
 */
import { analyseCapture } from "../lib/capture";

const CLIENT = [10, 0, 0, 1];
const SERVER = [10, 0, 0, 2];

function frame(fromClient: boolean, seq: number, ack: number, flags: number, payload: number): Uint8Array {
  const tcpLength = 20 + payload;
  const bytes = new Uint8Array(14 + 20 + tcpLength);
  const view = new DataView(bytes.buffer);
  view.setUint16(12, 0x0800);
  bytes[14] = 0x45;
  view.setUint16(16, 20 + tcpLength);
  bytes[22] = 64;
  bytes[23] = 6;
  bytes.set(fromClient ? CLIENT : SERVER, 26);
  bytes.set(fromClient ? SERVER : CLIENT, 30);
  view.setUint16(34, fromClient ? 40000 : 80);
  view.setUint16(36, fromClient ? 80 : 40000);
  view.setUint32(38, seq >>> 0);
  view.setUint32(42, ack >>> 0);
  bytes[46] = 5 << 4;
  bytes[47] = flags;
  view.setUint16(48, 65535);
  return bytes;
}

const SYN = 0x02;
const FIN = 0x01;
const ACK = 0x10;
const PSH = 0x08;

function transferPcap(segments: number): Uint8Array {
  const frames: Uint8Array[] = [];
  let a = 1000;
  const b = 5000;
  frames.push(frame(true, a - 1, 0, SYN, 0), frame(false, b - 1, a, SYN | ACK, 0), frame(true, a, b, ACK, 0));
  for (let i = 0; i < segments; i += 1) {
    frames.push(frame(true, a, b, PSH | ACK, 100));
    if (i % 50 === 49) frames.push(frame(true, a, b, PSH | ACK, 100));
    a += 100;
    frames.push(frame(false, b, a, ACK, 0));
  }
  frames.push(frame(true, a, b, FIN | ACK, 0), frame(false, b, a + 1, FIN | ACK, 0), frame(true, a + 1, b + 1, ACK, 0));
  const size = 24 + frames.reduce((sum, f) => sum + 16 + f.length, 0);
  const file = new Uint8Array(size);
  const view = new DataView(file.buffer);
  view.setUint32(0, 0xa1b2c3d4, true);
  view.setUint16(4, 2, true);
  view.setUint16(6, 4, true);
  view.setUint32(16, 65535, true);
  view.setUint32(20, 1, true);
  let at = 24;
  frames.forEach((f, i) => {
    // 10 ms apart, so that no copy passes for a duplicate made by the network (1 ms).
    view.setUint32(at, Math.floor(i / 100), true);
    view.setUint32(at + 4, (i % 100) * 10_000, true);
    view.setUint32(at + 8, f.length, true);
    view.setUint32(at + 12, f.length, true);
    file.set(f, at + 16);
    at += 16 + f.length;
  });
  return file;
}

const lengths = (process.env.BENCH_SEGMENTS ?? "10000,20000,40000,80000").split(",").map(Number);
console.log("segments  frames    analysis   per 1,000 segments");
for (const length of lengths) {
  const bytes = transferPcap(length);
  analyseCapture(transferPcap(200));
  const start = performance.now();
  const analysis = analyseCapture(bytes);
  const ms = performance.now() - start;
  const rows = analysis.connections[0]?.segments.length ?? 0;
  console.log(`${String(length).padStart(8)}  ${String(rows).padStart(6)}  ${ms.toFixed(0).padStart(7)} ms  ${((ms / rows) * 1000).toFixed(1).padStart(8)} ms`);
}
