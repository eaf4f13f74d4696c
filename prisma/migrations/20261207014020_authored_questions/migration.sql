-- CreateTable
CREATE TABLE "AuthoredQuestion" (
    "id" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuthoredQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthoredQuestionVersion" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "concept" TEXT NOT NULL,
    "askKind" TEXT NOT NULL,
    "spec" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthoredQuestionVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuthoredQuestion_teacherId_updatedAt_idx" ON "AuthoredQuestion"("teacherId", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "AuthoredQuestionVersion_questionId_version_key" ON "AuthoredQuestionVersion"("questionId", "version");

-- AddForeignKey
ALTER TABLE "AuthoredQuestionVersion" ADD CONSTRAINT "AuthoredQuestionVersion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "AuthoredQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
