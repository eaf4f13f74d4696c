-- CreateTable
CREATE TABLE "SavedCapture" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedCapture_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SavedCapture_userId_createdAt_idx" ON "SavedCapture"("userId", "createdAt");
