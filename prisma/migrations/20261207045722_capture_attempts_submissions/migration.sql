-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "captureTask" TEXT;

-- CreateTable
CREATE TABLE "CaptureAttempt" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "captureId" TEXT NOT NULL,
    "connection" INTEGER NOT NULL,
    "seed" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "concept" TEXT NOT NULL,
    "response" TEXT NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaptureAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaptureSubmission" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "studentId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaptureSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaptureAttempt_userId_createdAt_idx" ON "CaptureAttempt"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CaptureAttempt_userId_captureId_connection_seed_key" ON "CaptureAttempt"("userId", "captureId", "connection", "seed");

-- CreateIndex
CREATE INDEX "CaptureSubmission_studentId_idx" ON "CaptureSubmission"("studentId");

-- CreateIndex
CREATE UNIQUE INDEX "CaptureSubmission_assignmentId_studentId_key" ON "CaptureSubmission"("assignmentId", "studentId");

-- AddForeignKey
ALTER TABLE "CaptureAttempt" ADD CONSTRAINT "CaptureAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaptureSubmission" ADD CONSTRAINT "CaptureSubmission_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
