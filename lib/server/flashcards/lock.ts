import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Serializes one learner's flashcard writes (rating, undo) for the rest of the transaction, with a
 * PostgreSQL advisory lock on the learner's id: two ratings of the same card sent at once run one
 * after the other, and the second sees the first's new version and is refused.
 */
export async function lockLearner(tx: Pick<Prisma.TransactionClient, "$queryRaw">, userId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtextextended(${`flashcards:${userId}`}, 0))) AS l`;
}
