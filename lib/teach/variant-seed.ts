// Each student's own numbers. A seed is HMAC-SHA256(assignment's seedKey, assignment id, student
// id, attempt, item index) truncated to 31 bits (PostgreSQL's integer). Deterministic, so a reload
// shows the same variant and the server can regenerate it to grade; keyed by a random secret
// that never leaves the server, so a student cannot compute a classmate's seed; and the attempt
// number is part of the message, so a new attempt gets new numbers.
import { createHmac } from "node:crypto";

export interface VariantSeedInput {
  seedKey: string;
  assignmentId: string;
  studentId: string;
  attempt: number;
  itemIndex: number;
}

export function variantSeed({ seedKey, assignmentId, studentId, attempt, itemIndex }: VariantSeedInput): number {
  const digest = createHmac("sha256", seedKey).update(`${assignmentId}\u0000${studentId}\u0000${attempt}\u0000${itemIndex}`).digest();
  return digest.readUInt32BE(0) & 0x7fffffff;
}
