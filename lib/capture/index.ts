/**
 * The capture lab's analysis (docs/captures.md): pure like the engine, so it runs in the browser
 * (the file never leaves it) and on the command line alike.
 *
 *   const analysis = analyseCapture(bytes, "linux");   // pcap, pcapng or tcpdump -n -S -tt text
 *   toContractJson(analysis)                           // the command line's JSON
 *   tracePcap(trace)                                   // a simulator run as a pcap file
 */
export { CaptureError, captureErrorText, isCaptureError, type CaptureErrorCode } from "./capture-error";
export { analyseCapture, analysePackets, toContractJson, type CaptureAnalysis } from "./analyse-capture";
export { readCapture, MAX_CAPTURE_BYTES, tooLargeError } from "./read-capture";
export { PROFILES, PROFILE_NAMES, type CaptureProfile } from "./profiles";
export { formatNote, type SegmentNote, type Role } from "./notes";
export type { AnalysedConnection, AnalysedSegment, ContractFlag } from "./observe-connection";
