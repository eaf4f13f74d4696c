-- AlterTable
ALTER TABLE "AssignmentAnswer" ADD COLUMN     "hintUsed" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "PracticeAttempt" ADD COLUMN     "hintUsed" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "PracticeQuestion" ADD COLUMN     "hintShownAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "FlashcardHold" (
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "suspended" BOOLEAN NOT NULL DEFAULT false,
    "buriedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FlashcardHold_pkey" PRIMARY KEY ("userId","cardId")
);

-- CreateTable
CREATE TABLE "AssignmentHint" (
    "submissionId" TEXT NOT NULL,
    "itemIndex" INTEGER NOT NULL,
    "shownAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssignmentHint_pkey" PRIMARY KEY ("submissionId","itemIndex")
);

-- AddForeignKey
ALTER TABLE "FlashcardHold" ADD CONSTRAINT "FlashcardHold_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentHint" ADD CONSTRAINT "AssignmentHint_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "AssignmentSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;
