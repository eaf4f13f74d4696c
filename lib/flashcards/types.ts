/**
 * The flashcards' vocabulary. A card is identified by a stable id ("engine:established-receives-fin",
 * "concept:why-2msl"); what the learner sees is a view of it in one language. Engine cards are
 * drawn anew from a seed each time they come due, so their views carry the seed they were drawn with.
 */
import type { Locale } from "../i18n/config";
import type { ConceptId } from "../questions/types";
import type { Side, TcpState, Trace } from "../tcp/types";

export type { ConceptId, Locale };

/** Text in both languages. */
export type Localized = Record<Locale, string>;

export type CardKind = "engine" | "concept";

/** Anki's four ratings, in the order of their buttons and keys 1 to 4. */
export const RATING_NAMES = ["again", "hard", "good", "easy"] as const;
export type RatingName = (typeof RATING_NAMES)[number];

/** "engine:<slug>" or "concept:<slug>". */
export type CardId = string;

/** A segment as a card shows it: who sent it and its fields, ready to print. */
export interface SegmentView {
  from: Side;
  to: Side;
  /** "FIN,ACK", "SYN", "RST,ACK": the control bits, as packet captures list them (see format.ts). */
  flags: string;
  seq: number;
  ack: number;
  len: number;
  /** "FIN,ACK seq=4200 ack=7001" (len only when there is data). */
  text: string;
}

/** An engine card in one language, with the numbers of one seed. Both faces: the card is self-rated. */
export interface EngineCardView {
  kind: "engine";
  id: CardId;
  concept: ConceptId;
  seed: number;
  /** "B is in ESTABLISHED." */
  situation: string;
  /** The event, e.g. "It receives FIN,ACK seq=4200 ack=7001." */
  event: string;
  /** Facts that set the scene ("Its FIN was lost."), from the card's own template. */
  context: string[];
  /** The subject's send and receive variables before the event, when it has any. */
  tcb: string | null;
  prompt: string;
  /** The answer as the engine computed it. */
  result: {
    subject: Side;
    before: TcpState;
    after: TcpState;
    /** "B moves to CLOSE-WAIT." or "B stays in SYN-SENT." */
    stateLine: string;
    /** Other state changes in the same step, as sentences. */
    otherStates: string[];
    sent: SegmentView[];
    /** "B sends nothing." when `sent` is empty. */
    sentLine: string;
    /** What an endpoint tells its application ("connection reset"), in words. */
    notes: string[];
  };
  /** The rule behind it, in words. */
  rule: string;
  /** The whole scenario's trace and the step of the event, for the sequence diagram. */
  diagram: { trace: Trace; highlightStep: number };
}

/** A concept card in one language. */
export interface ConceptCardView {
  kind: "concept";
  id: CardId;
  concept: ConceptId;
  question: string;
  /** Paragraphs. */
  answer: string[];
  /** "RFC 9293 §3.5". */
  source: string;
}

export type CardView = EngineCardView | ConceptCardView;
