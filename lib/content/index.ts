/**
 * The content toolkit: what questions, flashcards, the simulator's step log, the diagrams and
 * /progress share, so that a segment or an answer reads the same everywhere.
 *
 *   formatFlags(["ACK", "FIN"])            // "FIN,ACK": SYN, FIN, RST, then ACK, in both languages
 *   formatSegment(segment)                 // "FIN,ACK seq=1001 ack=5001"
 *   describeResponse(response, words)      // an answer in words
 *   new ScenarioBuilder({ isn })           // a scenario written step by step through the engine
 *   pickIsns(rng, 2), rotate(seed, xs)     // the numbers and asked points content varies
 *   L(en, zh), join, fill, secs            // localized text, one whole sentence per message
 */
export { FLAG_ORDER, formatFlags, orderFlags } from "./flags";
export { formatSegment, type SegmentFields } from "./segment";
export { describeResponse, type ResponseWords } from "./response";
export { ScenarioBuilder, runScenario, openConnection, closeConnection, type ScenarioConfig, type SegmentMatch, type CloseIds } from "./scenario-builder";
export { pickBytes, pickIsn, pickIsns, pickIsnsWrapping, pickMsl, pickRto, pickSide, rotate, type Spread } from "./pickers";
export { hashString, mulberry32, type Rng } from "./random";
export { fill, join, L, secs, sideWithRole, type Localized } from "./text";
