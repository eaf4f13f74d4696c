import type { Step } from "@/lib/tcp";
import { FLAGS, type Flag, type Side } from "@/lib/tcp/types";

/**
 * Steps written short for links: one token per step, separated by spaces, so that a link of a
 * few hundred steps stays well under the 16 KB a server accepts for a request line.
 *
 *   lB  listen on B          lB:900  listen with ISN 900      cA, cA:7  connect
 *   sA100  send 100 bytes    fA  close (FIN)                  rA  abort (RST)
 *   d3  deliver 3            d*  deliver all                  x3  drop 3      u3  duplicate 3
 *   kA, kA:7  crash (with the ISN from then on)               w0.2  wait 0.2 s
 *   iBSA:900:1:0  inject to B, flags SYN+ACK, seq 900, ack 1, len 0 (flag letters A F R S)
 *   cA@5001, iBS:900:0:0@5001  a call or an injected segment on the connection of client port 5001
 *
 * Decoding only turns tokens back into step objects; the scenario parser still validates them.
 */

const FLAG_LETTER: Record<Flag, string> = { ACK: "A", FIN: "F", RST: "R", SYN: "S" };
const CALL_LETTER = { listen: "l", connect: "c", send: "s", close: "f", abort: "r" } as const;

const withIsn = (token: string, isn: number | undefined) => (isn === undefined ? token : `${token}:${isn}`);

const withPort = (token: string, port: number | undefined) => (port === undefined ? token : `${token}@${port}`);

function encodeStep(step: Step): string {
  const token = encodeToken(step);
  return withPort(token, "call" in step ? step.port : "inject" in step ? step.inject.port : undefined);
}

function encodeToken(step: Step): string {
  if ("call" in step) {
    const head = `${CALL_LETTER[step.call]}${step.on}`;
    return step.call === "send" ? `${head}${step.bytes}` : withIsn(head, step.isn);
  }
  if ("deliver" in step) return step.deliver === "all" ? "d*" : `d${step.deliver}`;
  if ("drop" in step) return `x${step.drop}`;
  if ("duplicate" in step) return `u${step.duplicate}`;
  if ("crash" in step) return withIsn(`k${step.crash}`, step.isn);
  if ("inject" in step) {
    const { to, flags, seq, ack, len } = step.inject;
    return `i${to}${flags.map((f) => FLAG_LETTER[f]).join("")}:${seq}:${ack}:${len}`;
  }
  return `w${step.wait}`;
}

export const encodeSteps = (steps: readonly Step[]): string => steps.map(encodeStep).join(" ");

const CALLS = { l: "listen", c: "connect", s: "send", f: "close", r: "abort" } as const;
const LETTER_FLAG = Object.fromEntries(FLAGS.map((f) => [FLAG_LETTER[f], f])) as Record<string, Flag>;
const NUMBER = "(\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?)";

/** The step a token stands for (as unvalidated data), or null if the token is not one. */
function decodeToken(text: string): unknown {
  const at = /^(.*)@(\d+)$/.exec(text);
  if (!at) return decodeBare(text);
  const step = decodeBare(at[1]!) as Record<string, unknown> | null;
  const port = Number(at[2]);
  if (step && "call" in step) return { ...step, port };
  if (step && "inject" in step) return { inject: { ...(step.inject as object), port } };
  return null;
}

function decodeBare(token: string): unknown {
  let m: RegExpExecArray | null;
  if ((m = /^([lcfr])([AB])(?::(\d+))?$/.exec(token))) {
    const [, kind, on, isn] = m;
    if (isn !== undefined && (kind === "f" || kind === "r")) return null;
    return { call: CALLS[kind as keyof typeof CALLS], on, ...(isn === undefined ? {} : { isn: Number(isn) }) };
  }
  if ((m = /^s([AB])(\d+)$/.exec(token))) return { call: "send", on: m[1], bytes: Number(m[2]) };
  if (token === "d*") return { deliver: "all" };
  if ((m = /^([dxu])(\d+)$/.exec(token))) return { [{ d: "deliver", x: "drop", u: "duplicate" }[m[1] as "d" | "x" | "u"]]: Number(m[2]) };
  if ((m = /^k([AB])(?::(\d+))?$/.exec(token))) return { crash: m[1], ...(m[2] === undefined ? {} : { isn: Number(m[2]) }) };
  if ((m = new RegExp(`^w${NUMBER}$`).exec(token))) return { wait: Number(m[1]) };
  if ((m = /^i([AB])([AFRS]*):(\d+):(\d+):(\d+)$/.exec(token))) {
    const flags = [...m[2]!].map((letter) => LETTER_FLAG[letter]);
    return { inject: { to: m[1] as Side, flags, seq: Number(m[3]), ack: Number(m[4]), len: Number(m[5]) } };
  }
  return null;
}

export type DecodeStepsResult = { ok: true; steps: unknown[] } | { ok: false; message: string };

export function decodeSteps(text: string): DecodeStepsResult {
  const tokens = text.split(" ").filter((t) => t !== "");
  const steps: unknown[] = [];
  for (const [i, token] of tokens.entries()) {
    const step = decodeToken(token);
    if (step === null) return { ok: false, message: `steps[${i}]: "${token.slice(0, 20)}" is not a step` };
    steps.push(step);
  }
  return { ok: true, steps };
}
