-- CreateIndex
CREATE INDEX "PracticeAttempt_userId_templateId_createdAt_idx" ON "PracticeAttempt"("userId", "templateId", "createdAt");
