-- CreateTable
CREATE TABLE "RosterInvitationEmail" (
    "id" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "emailHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RosterInvitationEmail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RosterInvitationEmail_teacherId_createdAt_idx" ON "RosterInvitationEmail"("teacherId", "createdAt");

-- CreateIndex
CREATE INDEX "RosterInvitationEmail_classId_emailHash_idx" ON "RosterInvitationEmail"("classId", "emailHash");
