import { other, seqAdd, SEQ_SPACE, type Side } from "../tcp";
import { pickBytes, pickClient, pickIsns, pickMsl } from "./params";
import type { Rng } from "./random";
import { closeConnection, openConnection, Story, type CloseIds } from "./story";
import { L, sideWithRole } from "./text";
import type { Difficulty, Localized } from "./types";

export interface CloseSetupOptions {
  /** Bytes the second side sends during the half-close (0: none). */
  halfCloseBytes?: number;
  /** The first closer sends data (acknowledged) before closing, so its FIN is not at ISN + 1. */
  dataBeforeClose?: boolean;
  delayedAck?: boolean;
  /** At level 3, the first closer's ISN sits so close to 2^32 that the number of its FIN's ACK wraps around. */
  wrapFinAck?: boolean;
}

/** An opened connection closed with the four-way close; the caller may add steps before finish(). */
export function closeSetup(rng: Rng, difficulty: Difficulty, options: CloseSetupOptions = {}) {
  const client = pickClient(rng);
  const server = other(client);
  // Either side may close first (at level 1 the client, as in the textbook figure).
  const first: Side = difficulty === 1 ? client : rng.pick([client, server]);
  const second = other(first);
  const msl = pickMsl(rng, difficulty);
  const dataBeforeClose = options.dataBeforeClose ? pickBytes(rng, difficulty) : 0;
  const isn = pickIsns(rng, difficulty);
  // ISN + 1 (SYN) + data + 1 (FIN) reaches 2^32 or more: the ACK of the FIN wraps around.
  if (options.wrapFinAck && difficulty === 3) isn[first] = SEQ_SPACE - rng.int(1, dataBeforeClose + 2);
  if (isn.A === isn.B) isn[second] = seqAdd(isn[second], 7919);
  const story = new Story({ isn, msl, ...(options.delayedAck ? { delayedAck: true } : {}) });
  const open = openConnection(story, client, server);
  let preData: { data: number; ack: number } | undefined;
  if (dataBeforeClose) {
    story.send(first, dataBeforeClose);
    preData = { data: story.deliver({ from: first }), ack: story.deliver({ from: second, exactly: ["ACK"] }) };
  }
  const close: CloseIds = closeConnection(story, first, second, options.halfCloseBytes ?? 0);
  return { client, server, first, second, msl, story, open, close, dataBeforeClose, preData };
}

/** "A (the client) and B (the server) have a connection; A closes first." */
export function closeIntro(s: { client: Side; server: Side; first: Side }): Localized {
  return L(
    `${sideWithRole(s.client, "client").en} and ${sideWithRole(s.server, "server").en} have an established connection, and ${s.first} closes first.`,
    `${sideWithRole(s.client, "client").zh}与 ${sideWithRole(s.server, "server").zh}之间已建立连接，由 ${s.first} 先关闭。`,
  );
}

/** States `reachState` can bring a side to, with a story of the textbook events. */
export const REACHABLE = ["LISTEN", "SYN-SENT", "SYN-RECEIVED", "ESTABLISHED", "FIN-WAIT-1", "FIN-WAIT-2", "CLOSE-WAIT", "LAST-ACK", "TIME-WAIT"] as const;
export type Reachable = (typeof REACHABLE)[number];

/**
 * Brings `side` into `state` by ordinary events (side is the server for SYN-RECEIVED and LISTEN,
 * the client otherwise). Returns the step after which `side` is in `state`.
 */
export function reachState(story: Story, side: Side, state: Reachable): number {
  const peer = other(side);
  const last = () => story.stepCount - 1;
  switch (state) {
    case "LISTEN":
      story.call("listen", side);
      return last();
    case "SYN-SENT":
      story.call("listen", peer);
      story.call("connect", side);
      return last();
    case "SYN-RECEIVED":
      story.call("listen", side);
      story.call("connect", peer);
      story.deliver({ from: peer, flags: ["SYN"] });
      return last();
    default:
      break;
  }
  openConnection(story, side, peer);
  switch (state) {
    case "ESTABLISHED":
      return last();
    case "FIN-WAIT-1":
      story.call("close", side);
      return last();
    case "FIN-WAIT-2":
      story.call("close", side);
      story.deliver({ from: side, flags: ["FIN"] });
      story.deliver({ from: peer, exactly: ["ACK"] });
      return last();
    case "CLOSE-WAIT":
    case "LAST-ACK":
      story.call("close", peer);
      story.deliver({ from: peer, flags: ["FIN"] });
      story.deliver({ from: side, exactly: ["ACK"] });
      if (state === "LAST-ACK") story.call("close", side);
      return last();
    case "TIME-WAIT":
      closeConnection(story, side, peer);
      return story.stepCount - 2;
  }
}
