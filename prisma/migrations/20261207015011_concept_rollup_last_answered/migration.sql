-- AlterTable
ALTER TABLE "ConceptRollup" ADD COLUMN     "lastAnsweredAt" TIMESTAMP(3);

-- Backfill: the newest answer of each learner and concept, practice and assignments alike
-- (lib/mastery/mastery.ts: every graded answer counts toward mastery).
UPDATE "ConceptRollup" r SET "lastAnsweredAt" = latest.at
FROM (
  SELECT "userId", "concept", max("createdAt") AS at FROM (
    SELECT "userId", "concept", "createdAt" FROM "PracticeAttempt"
    UNION ALL
    SELECT "studentId", "concept", "createdAt" FROM "AssignmentAnswer"
  ) answers
  GROUP BY "userId", "concept"
) latest
WHERE latest."userId" = r."userId" AND latest."concept" = r."concept";
