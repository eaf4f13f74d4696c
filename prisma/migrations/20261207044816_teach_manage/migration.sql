-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "timeLimitMinutes" INTEGER;

-- AlterTable
ALTER TABLE "Classroom" ADD COLUMN     "archivedAt" TIMESTAMP(3);
