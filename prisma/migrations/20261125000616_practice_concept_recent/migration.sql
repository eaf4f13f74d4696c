-- DropIndex
DROP INDEX "PracticeAttempt_userId_concept_idx";

-- CreateIndex
CREATE INDEX "PracticeAttempt_userId_concept_createdAt_idx" ON "PracticeAttempt"("userId", "concept", "createdAt");
