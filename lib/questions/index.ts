/**
 * Question generators and grading, built on the engine (lib/tcp). Pure: runs in the CLI, the
 * tests, the server and the browser.
 *
 *   const q = generateQuestion("handshake-ack-number", seed, 2);   // server side, with the key
 *   const shown = toPublic(q, "zh");                                 // what the browser gets
 *   const parsed = parseResponse(q, untrustedJson);                  // 400 if !parsed.ok (no attempt counted)
 *   if (parsed.ok) grade(q, parsed.response, "zh");                  // correct, expected, misconception, explanation
 */
export * from "./types";
export { CONCEPTS, conceptById } from "./concepts";
export { MISCONCEPTIONS, misconceptionLabel } from "./misconceptions";
export { parseResponse, responseSchema, type ParseResponseResult } from "./response-schema";
export { listTemplates, templatesForConcept, hasTemplate, generateQuestion, UnknownTemplateError } from "./registry";
export { toPublic } from "./public";
export { grade, answerFor } from "./grade";
export { situationsOf, textbookSituations, type Situation } from "./situations";
