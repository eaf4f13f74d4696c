-- CreateTable
CREATE TABLE "ConceptRollup" (
    "userId" TEXT NOT NULL,
    "concept" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "correct" INTEGER NOT NULL,
    "recentBits" INTEGER NOT NULL,
    "recentCount" INTEGER NOT NULL,

    CONSTRAINT "ConceptRollup_pkey" PRIMARY KEY ("userId","concept")
);

-- Backfill from the answers already graded (the same SQL as REBUILD_CONCEPT_ROLLUP_SQL in
-- lib/server/mastery/concept-rollup.ts): newest first by createdAt, then id.
INSERT INTO "ConceptRollup" ("userId", "concept", "attempts", "correct", "recentBits", "recentCount")
SELECT "userId", "concept", count(*)::int, (count(*) FILTER (WHERE "correct"))::int,
       coalesce(sum(CASE WHEN "correct" AND age < 20 THEN 1 << age::int ELSE 0 END), 0)::int,
       least(count(*), 20)::int
FROM (
  SELECT "userId", "concept", "correct", row_number() OVER (PARTITION BY "userId", "concept" ORDER BY "createdAt" DESC, "id" DESC) - 1 AS age
  FROM (
    SELECT "userId", "concept", "correct", "createdAt", "id" FROM "PracticeAttempt"
    UNION ALL
    SELECT "studentId", "concept", "correct", "createdAt", "id" FROM "AssignmentAnswer"
  ) answers
) ranked
GROUP BY "userId", "concept";
