-- A learner's practice, flashcards and mastery now belong to the account (foreign keys, deleted
-- with it). Rows left by accounts deleted before the keys existed have no owner: drop them first.
DELETE FROM "PracticeAttempt" a WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = a."userId");
DELETE FROM "PracticeQuestion" q WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = q."userId");
DELETE FROM "FlashcardState" s WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = s."userId");
DELETE FROM "FlashcardReview" r WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = r."userId");
DELETE FROM "FlashcardSettings" s WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = s."userId");
DELETE FROM "ConceptRollup" r WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u."id" = r."userId");

-- AddForeignKey
ALTER TABLE "PracticeQuestion" ADD CONSTRAINT "PracticeQuestion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeAttempt" ADD CONSTRAINT "PracticeAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FlashcardState" ADD CONSTRAINT "FlashcardState_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FlashcardReview" ADD CONSTRAINT "FlashcardReview_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FlashcardSettings" ADD CONSTRAINT "FlashcardSettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConceptRollup" ADD CONSTRAINT "ConceptRollup_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
