import "server-only";
import { randomInt } from "node:crypto";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, joinCodeFrom } from "@/lib/teach/join-code";

/** A random join code, drawn with crypto so that codes cannot be predicted. */
export function newJoinCode(): string {
  return joinCodeFrom(Array.from({ length: JOIN_CODE_LENGTH }, () => randomInt(0, JOIN_CODE_ALPHABET.length)));
}

/** Prisma's unique-constraint error, checked by code (the class lives in the generated client). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
