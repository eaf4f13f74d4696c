-- CreateTable
CREATE TABLE "FlashcardState" (
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "due" TIMESTAMP(3) NOT NULL,
    "stability" DOUBLE PRECISION NOT NULL,
    "difficulty" DOUBLE PRECISION NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL,
    "reps" INTEGER NOT NULL,
    "lapses" INTEGER NOT NULL,
    "state" INTEGER NOT NULL,
    "lastReview" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FlashcardState_pkey" PRIMARY KEY ("userId","cardId")
);

-- CreateTable
CREATE TABLE "FlashcardReview" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "reviewedAt" TIMESTAMP(3) NOT NULL,
    "seed" INTEGER,
    "logState" INTEGER NOT NULL,
    "logDue" TIMESTAMP(3) NOT NULL,
    "logStability" DOUBLE PRECISION NOT NULL,
    "logDifficulty" DOUBLE PRECISION NOT NULL,
    "logElapsedDays" INTEGER NOT NULL,
    "logLastElapsedDays" INTEGER NOT NULL,
    "logScheduledDays" INTEGER NOT NULL,
    "logLearningSteps" INTEGER NOT NULL,
    "prevDue" TIMESTAMP(3),
    "prevStability" DOUBLE PRECISION,
    "prevDifficulty" DOUBLE PRECISION,
    "prevElapsedDays" INTEGER,
    "prevScheduledDays" INTEGER,
    "prevLearningSteps" INTEGER,
    "prevReps" INTEGER,
    "prevLapses" INTEGER,
    "prevState" INTEGER,
    "prevLastReview" TIMESTAMP(3),
    "nextDue" TIMESTAMP(3) NOT NULL,
    "nextState" INTEGER NOT NULL,
    "versionAfter" INTEGER NOT NULL,

    CONSTRAINT "FlashcardReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FlashcardSettings" (
    "userId" TEXT NOT NULL,
    "newCardsPerDay" INTEGER NOT NULL DEFAULT 20,
    "shortcutsEnabled" BOOLEAN NOT NULL DEFAULT true,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FlashcardSettings_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "FlashcardState_userId_due_idx" ON "FlashcardState"("userId", "due");

-- CreateIndex
CREATE INDEX "FlashcardReview_userId_reviewedAt_idx" ON "FlashcardReview"("userId", "reviewedAt");
