/**
 * npm run db:seed:scale [-- --force]
 *
 * Fills the database DATABASE_URL names with a school's worth of data for the scale benchmarks:
 * 10 teachers, 40 classes of 50, 2,000 students, 15 assignments of 10 items per class, and
 * 1,000,000 graded answers over the last 90 days (assignment answers, then practice attempts to
 * make up the total), plus flashcard states and reviews. Everything is written by bulk SQL
 * (INSERT ... SELECT over generate_series and staging tables): a few minutes, not hours.
 *
 * Each student has a skill (normal, mean 0) and an activity level; each template a hardness.
 * P(correct) = logistic(1.7 (skill - hardness) + learning), so item analysis finds real
 * differences between students and items. A wrong answer is one of the template's distractors,
 * the first ones more often, so each item has a most common mistake.
 *
 * Every account gets the same password (SCALE_PASSWORD below), hashed once. Seed users have
 * emails @scale.test and ids "scale-...". The seed refuses a database with other users unless
 * --force is given; a re-run first removes the previous seed's rows.
 */
import pg from "pg";
import { mulberry32 } from "../../lib/content/random";
import { ALL_CARD_IDS } from "../../lib/flashcards/decks";
import { REBUILD_CONCEPT_ROLLUP_SQL } from "../../lib/server/mastery/concept-rollup";
import { hashPassword } from "../../lib/server/password";
import { seedTemplates } from "./catalogue";
import { SCALE, SCALE_PASSWORD, scaleEmail } from "./config";

const force = process.argv.includes("--force");
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("DATABASE_URL is not set: name the database to fill (it must exist and be migrated: npm run db:migrate).");
  process.exit(1);
}

// mulberry32, seeded, so two runs seed the same students.
const random = mulberry32(20261125).next;
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

const FIRST = [
  "Ada",
  "Bo",
  "Chen",
  "Dara",
  "Eli",
  "Fang",
  "Gus",
  "Hana",
  "Ivo",
  "Jun",
  "Kai",
  "Lena",
  "Mei",
  "Noor",
  "Omar",
  "Pia",
  "Qing",
  "Rui",
  "Sam",
  "Tao",
  "Uma",
  "Vik",
  "Wen",
  "Xia",
  "Yuki",
  "Zoe",
];
const LAST = [
  "Novak",
  "Li",
  "Okafor",
  "Garcia",
  "Wang",
  "Smith",
  "Kim",
  "Zhang",
  "Rossi",
  "Sato",
  "Khan",
  "Liu",
  "Moreau",
  "Chen",
  "Silva",
  "Zhou",
  "Nagy",
  "Huang",
  "Berg",
  "Yang",
];

const client = new pg.Client({ connectionString: databaseUrl });
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
async function step<T>(what: string, run: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await run();
  console.log(`  ${what.padEnd(58)} ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s`);
  return result;
}
const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]!.n);

await client.connect();
try {
  const where = new URL(databaseUrl);
  console.log(`Scale seed into ${where.host}${where.pathname}`);
  const others = await count(`SELECT count(*) AS n FROM "User" WHERE "email" NOT LIKE '%@scale.test'`);
  if (others > 0 && !force) {
    console.error(`Refused: this database has ${others} user(s) that the scale seed did not create. Run it on a database of its own, or pass --force.`);
    process.exit(2);
  }
  const previous = await count(`SELECT count(*) AS n FROM "User" WHERE "email" LIKE '%@scale.test'`);
  if (previous > 0) {
    await step(`removing the previous scale seed (${previous} users)`, async () => {
      if (others === 0) {
        // Only seed data here: emptying the tables is much faster than deleting a million rows.
        await client.query(
          `TRUNCATE "User", "PracticeQuestion", "PracticeAttempt", "FlashcardState", "FlashcardReview", "FlashcardSettings", "Classroom", "ClassMember", "Assignment", "AssignmentExtension", "AssignmentSubmission", "AssignmentAnswer", "ConceptRollup" CASCADE`,
        );
      } else {
        for (const [table, column] of [
          ["ConceptRollup", "userId"],
          ["PracticeQuestion", "userId"],
          ["FlashcardState", "userId"],
          ["FlashcardReview", "userId"],
          ["Classroom", "id"],
          ["User", "id"],
        ] as const) {
          await client.query(`DELETE FROM "${table}" WHERE "${column}" LIKE 'scale-%'`);
        }
      }
    });
  }

  const passwordHash = await step("hashing the shared password once (scrypt)", () => hashPassword(SCALE_PASSWORD));
  const templates = seedTemplates();
  const students = Array.from({ length: SCALE.students }, (_, k) => {
    const n = k + 1;
    return {
      n,
      id: `scale-student-${String(n).padStart(4, "0")}`,
      name: `${FIRST[Math.floor(random() * FIRST.length)]} ${LAST[Math.floor(random() * LAST.length)]} ${n}`,
      email: scaleEmail("student", n),
      skill: Math.max(-2.5, Math.min(2.5, normal())),
      // Log-normal: most students practise a little, a few a lot.
      activity: Math.exp(0.8 * normal()),
      cards: Math.floor(random() * (ALL_CARD_IDS.length + 1)),
    };
  });

  await client.query("BEGIN");
  await client.query("SELECT setseed(0.20261125)");
  await step("staging tables: templates, students", async () => {
    await client.query(
      `CREATE TEMP TABLE scale_tpl (i int PRIMARY KEY, template_id text, concept text, hardness float8, key jsonb, wrong jsonb[], misc text[]) ON COMMIT DROP`,
    );
    await client.query(
      `INSERT INTO scale_tpl SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::float8[], $5::jsonb[]) AS t(i, template_id, concept, hardness, key)
         CROSS JOIN LATERAL (SELECT array_agg(w ORDER BY o) AS wrong FROM jsonb_array_elements(($6::jsonb)->t.i) WITH ORDINALITY AS x(w, o)) w
         CROSS JOIN LATERAL (SELECT array_agg(m ORDER BY o) AS misc FROM jsonb_array_elements_text(($7::jsonb)->t.i) WITH ORDINALITY AS y(m, o)) m`,
      [
        templates.map((t) => t.index),
        templates.map((t) => t.id),
        templates.map((t) => t.concept),
        templates.map((t) => t.hardness),
        templates.map((t) => JSON.stringify(t.key)),
        JSON.stringify(templates.map((t) => t.wrong)),
        JSON.stringify(templates.map((t) => t.misconceptions)),
      ],
    );
    await client.query(
      `CREATE TEMP TABLE scale_student (n int PRIMARY KEY, id text, skill float8, activity float8, cards int, practice int DEFAULT 0) ON COMMIT DROP`,
    );
    await client.query(
      `INSERT INTO scale_student (n, id, skill, activity, cards) SELECT * FROM unnest($1::int[], $2::text[], $3::float8[], $4::float8[], $5::int[])`,
      [students.map((s) => s.n), students.map((s) => s.id), students.map((s) => s.skill), students.map((s) => s.activity), students.map((s) => s.cards)],
    );
    await client.query(`CREATE FUNCTION pg_temp.logistic(x float8) RETURNS float8 LANGUAGE sql IMMUTABLE AS 'SELECT 1 / (1 + exp(-x))'`);
  });

  await step(`users: ${SCALE.teachers} teachers, ${SCALE.students} students`, async () => {
    await client.query(
      `INSERT INTO "User" ("id", "name", "email", "passwordHash", "role", "locale", "createdAt", "updatedAt")
       SELECT 'scale-teacher-' || lpad(g::text, 2, '0'), 'Teacher ' || g, 'teacher' || lpad(g::text, 2, '0') || '@scale.test', $1, 'TEACHER', 'en',
              (now() AT TIME ZONE 'UTC') - interval '120 days', now() AT TIME ZONE 'UTC'
       FROM generate_series(1, $2::int) AS g`,
      [passwordHash, SCALE.teachers],
    );
    await client.query(
      `INSERT INTO "User" ("id", "name", "email", "passwordHash", "role", "locale", "createdAt", "updatedAt")
       SELECT id, name, email, $1, 'STUDENT', CASE WHEN n % 5 = 0 THEN 'zh' ELSE 'en' END, (now() AT TIME ZONE 'UTC') - interval '100 days', now() AT TIME ZONE 'UTC'
       FROM unnest($2::text[], $3::text[], $4::text[], $5::int[]) AS s(id, name, email, n)`,
      [passwordHash, students.map((s) => s.id), students.map((s) => s.name), students.map((s) => s.email), students.map((s) => s.n)],
    );
  });

  await step(`classes: ${SCALE.classes}, ${SCALE.students / SCALE.classes} students each`, async () => {
    await client.query(
      `INSERT INTO "Classroom" ("id", "teacherId", "name", "joinCode", "createdAt")
       SELECT 'scale-class-' || lpad(k::text, 2, '0'), 'scale-teacher-' || lpad((1 + (k - 1) / ($2::int / $1::int))::text, 2, '0'),
              'Networks ' || k, 'SC' || lpad(k::text, 6, '0'), (now() AT TIME ZONE 'UTC') - interval '100 days'
       FROM generate_series(1, $2::int) AS k`,
      [SCALE.teachers, SCALE.classes],
    );
    await client.query(
      `INSERT INTO "ClassMember" ("classId", "studentId", "joinedAt")
       SELECT 'scale-class-' || lpad((1 + (n - 1) % $1::int)::text, 2, '0'), id, (now() AT TIME ZONE 'UTC') - interval '95 days' FROM scale_student`,
      [SCALE.classes],
    );
  });

  await step(`assignments: ${SCALE.assignmentsPerClass} per class, ${SCALE.itemsPerAssignment} items each`, async () => {
    // One every ~6 days over the 90; the last one is still open. Items: ten distinct templates
    // (a stride of 3 through 31 templates never repeats within ten).
    await client.query(
      `CREATE TEMP TABLE scale_asg ON COMMIT DROP AS
       SELECT 'scale-asg-' || lpad(k::text, 2, '0') || '-' || lpad(a::text, 2, '0') AS id, k, a,
              'scale-class-' || lpad(k::text, 2, '0') AS class_id,
              'scale-teacher-' || lpad((1 + (k - 1) / ($2::int / $1::int))::text, 2, '0') AS teacher_id,
              ARRAY(SELECT t.template_id FROM generate_series(0, $4::int - 1) AS j JOIN scale_tpl t ON t.i = (k * 7 + a * 11 + j * 3) % (SELECT count(*) FROM scale_tpl) ORDER BY j) AS items,
              1 + a % 3 AS difficulty,
              (now() AT TIME ZONE 'UTC') - interval '90 days' + (a - 1) * interval '6.2 days' AS opens_at
       FROM generate_series(1, $2::int) AS k CROSS JOIN generate_series(1, $3::int) AS a`,
      [SCALE.teachers, SCALE.classes, SCALE.assignmentsPerClass, SCALE.itemsPerAssignment],
    );
    await client.query(
      `INSERT INTO "Assignment" ("id", "classId", "teacherId", "title", "concepts", "itemTemplates", "difficulty", "opensAt", "dueAt", "attemptsAllowed", "showAnswers", "seedKey", "createdAt")
       SELECT s.id, s.class_id, s.teacher_id, 'Problem set ' || s.a,
              ARRAY(SELECT DISTINCT t.concept FROM scale_tpl t WHERE t.template_id = ANY(s.items)), s.items, s.difficulty,
              s.opens_at, s.opens_at + interval '5 days', 2, (ARRAY['IMMEDIATELY', 'AFTER_DUE', 'NEVER'])[1 + s.a % 3]::"ShowAnswers",
              md5(s.id || random()::text), s.opens_at - interval '1 day'
       FROM scale_asg s`,
    );
  });

  const submissions = await step("assignment submissions (most students, some twice)", async () => {
    await client.query(
      `CREATE TEMP TABLE scale_sub ON COMMIT DROP AS
       SELECT a.id AS assignment_id, a.items, a.difficulty, s.id AS student_id, s.skill, att AS attempt,
              a.id || '-' || s.n || '-' || att AS id,
              least(a.opens_at + r.start * interval '4.5 days' + (att - 1) * interval '2 hours', now() AT TIME ZONE 'UTC' - interval '1 hour') AS started_at,
              r.unfinished
       FROM scale_asg a
       JOIN scale_student s ON 1 + (s.n - 1) % $1::int = a.k
       CROSS JOIN LATERAL (SELECT random() + 0 * s.n AS takes, random() + 0 * s.n AS again, random() + 0 * s.n AS start, random() < 0.03 + 0 * s.n AS unfinished) r
       CROSS JOIN LATERAL generate_series(1, CASE WHEN r.again < 0.15 THEN 2 ELSE 1 END) AS att
       WHERE r.takes < 0.85 + 0.1 * pg_temp.logistic(s.skill)`,
      [SCALE.classes],
    );
    await client.query(
      `INSERT INTO "AssignmentSubmission" ("id", "assignmentId", "studentId", "attempt", "startedAt", "submittedAt", "score")
       SELECT id, assignment_id, student_id, attempt, started_at, CASE WHEN unfinished THEN NULL ELSE started_at + interval '25 minutes' END, NULL FROM scale_sub`,
    );
    return count(`SELECT count(*) AS n FROM scale_sub`);
  });

  const assignmentAnswers = await step(`assignment answers (${submissions} submissions x up to ${SCALE.itemsPerAssignment} items)`, async () => {
    await client.query(
      `INSERT INTO "AssignmentAnswer" ("id", "submissionId", "itemIndex", "studentId", "templateId", "concept", "seed", "difficulty", "response", "correct", "misconception", "createdAt")
       SELECT sub.id || '-' || j, sub.id, j, sub.student_id, t.template_id, t.concept, floor(random() * 2147483647)::int, sub.difficulty,
              CASE WHEN c.correct THEN t.key ELSE t.wrong[c.w] END, c.correct, CASE WHEN c.correct THEN NULL ELSE t.misc[c.w] END,
              sub.started_at + (j + 1) * interval '2 minutes'
       FROM scale_sub sub
       CROSS JOIN LATERAL generate_series(0, cardinality(sub.items) - 1) AS j
       JOIN scale_tpl t ON t.template_id = sub.items[j + 1]
       CROSS JOIN LATERAL (
         SELECT random() < pg_temp.logistic(1.7 * (sub.skill - t.hardness) + 0.2 * (2 - sub.difficulty) + 0.3 * (sub.attempt - 1) + 0.3) AS correct,
                1 + floor(power(random(), 2) * cardinality(t.wrong))::int AS w
       ) c
       WHERE random() < 0.97`,
    );
    await client.query(
      `UPDATE "AssignmentSubmission" s SET "score" = x.score
       FROM (SELECT "submissionId", count(*) FILTER (WHERE "correct")::int AS score FROM "AssignmentAnswer" WHERE "submissionId" LIKE 'scale-%' GROUP BY 1) x
       WHERE s."id" = x."submissionId" AND s."submittedAt" IS NOT NULL`,
    );
    return count(`SELECT count(*) AS n FROM "AssignmentAnswer" WHERE "id" LIKE 'scale-%'`);
  });

  const practiceTotal = SCALE.answers - assignmentAnswers;
  await step(`practice questions and attempts (${practiceTotal} to make ${SCALE.answers} answers)`, async () => {
    // Split the practice total over students in proportion to activity (largest remainders).
    const weight = students.reduce((sum, s) => sum + s.activity, 0);
    const shares = students.map((s) => (practiceTotal * s.activity) / weight);
    const counts = shares.map(Math.floor);
    let left = practiceTotal - counts.reduce((a, b) => a + b, 0);
    for (const k of shares
      .map((s, k) => [s - Math.floor(s), k] as const)
      .sort((a, b) => b[0] - a[0])
      .map(([, k]) => k)) {
      if (left-- <= 0) break;
      counts[k]! += 1;
    }
    await client.query(`UPDATE scale_student s SET practice = c.n FROM unnest($1::int[], $2::int[]) AS c(k, n) WHERE s.n = c.k`, [
      students.map((s) => s.n),
      counts,
    ]);
    await client.query(
      `CREATE TEMP TABLE scale_practice ON COMMIT DROP AS
       SELECT row_number() OVER () AS k, s.id AS user_id, s.n, s.skill,
              floor(random() * (SELECT count(*) FROM scale_tpl))::int AS ti, 1 + floor(random() * 3)::int AS difficulty,
              random() AS age, 5000 + floor(random() * 85000)::int AS taken
       FROM scale_student s CROSS JOIN LATERAL generate_series(1, s.practice) AS g`,
    );
    await client.query(
      `INSERT INTO "PracticeQuestion" ("id", "userId", "templateId", "concept", "seed", "difficulty", "locale", "createdAt")
       SELECT 'scale-pq-' || p.k, p.user_id, t.template_id, t.concept, floor(random() * 2147483647)::int, p.difficulty,
              CASE WHEN p.n % 5 = 0 THEN 'zh' ELSE 'en' END,
              (now() AT TIME ZONE 'UTC') - p.age * interval '90 days' - p.taken * interval '1 millisecond'
       FROM scale_practice p JOIN scale_tpl t ON t.i = p.ti`,
    );
    await client.query(
      `INSERT INTO "PracticeAttempt" ("id", "questionId", "userId", "templateId", "concept", "difficulty", "response", "correct", "misconception", "timeTakenMs", "createdAt")
       SELECT 'scale-pa-' || p.k, 'scale-pq-' || p.k, p.user_id, t.template_id, t.concept, p.difficulty,
              CASE WHEN c.correct THEN t.key ELSE t.wrong[c.w] END, c.correct, CASE WHEN c.correct THEN NULL ELSE t.misc[c.w] END,
              p.taken, (now() AT TIME ZONE 'UTC') - p.age * interval '90 days'
       FROM scale_practice p JOIN scale_tpl t ON t.i = p.ti
       CROSS JOIN LATERAL (
         -- Learners improve over the 90 days (age 1 is the oldest).
         SELECT random() < pg_temp.logistic(1.7 * (p.skill - t.hardness) + 0.25 * (2 - p.difficulty) + 0.9 * (0.5 - p.age) + 0.4) AS correct,
                1 + floor(power(random(), 2) * cardinality(t.wrong))::int AS w
       ) c`,
    );
  });

  await step("flashcard states and reviews", async () => {
    await client.query(
      `CREATE TEMP TABLE scale_card ON COMMIT DROP AS
       SELECT s.id AS user_id, c.card_id, 1 + floor(random() * 7)::int AS reps,
              (now() AT TIME ZONE 'UTC') - (2 + random() * 86) * interval '1 day' AS first_review
       FROM scale_student s CROSS JOIN LATERAL unnest(($1::text[])[1:s.cards]) AS c(card_id)`,
      [[...ALL_CARD_IDS]],
    );
    // Reviews spread from the first one to about now; the interval grows with each good rating.
    await client.query(
      `CREATE TEMP TABLE scale_review ON COMMIT DROP AS
       SELECT c.user_id, c.card_id, r, c.reps,
              c.first_review + (r - 1) * ((now() AT TIME ZONE 'UTC') - interval '1 day' - c.first_review) / c.reps AS reviewed_at,
              CASE WHEN random() < 0.15 THEN 1 WHEN random() < 0.1 THEN 2 WHEN random() < 0.85 THEN 3 ELSE 4 END AS rating
       FROM scale_card c CROSS JOIN LATERAL generate_series(1, c.reps) AS r`,
    );
    await client.query(
      `INSERT INTO "FlashcardReview" ("id", "userId", "cardId", "rating", "reviewedAt", "seed", "logState", "logDue", "logStability", "logDifficulty",
         "logElapsedDays", "logLastElapsedDays", "logScheduledDays", "logLearningSteps", "prevDue", "prevStability", "prevDifficulty", "prevElapsedDays",
         "prevScheduledDays", "prevLearningSteps", "prevReps", "prevLapses", "prevState", "prevLastReview", "nextDue", "nextState", "versionAfter")
       SELECT 'scale-fr-' || row_number() OVER (), user_id, card_id, rating, reviewed_at, NULL,
              CASE WHEN r = 1 THEN 0 ELSE 2 END, reviewed_at, 2.5 * r, 5.0, r * 3, (r - 1) * 3, r * 3, 0,
              CASE WHEN r = 1 THEN NULL ELSE reviewed_at END, CASE WHEN r = 1 THEN NULL ELSE 2.5 * (r - 1) END, CASE WHEN r = 1 THEN NULL ELSE 5.0 END,
              CASE WHEN r = 1 THEN NULL ELSE (r - 1) * 3 END, CASE WHEN r = 1 THEN NULL ELSE (r - 1) * 3 END, CASE WHEN r = 1 THEN NULL ELSE 0 END,
              CASE WHEN r = 1 THEN NULL ELSE r - 1 END, CASE WHEN r = 1 THEN NULL ELSE 0 END, CASE WHEN r = 1 THEN NULL ELSE 2 END,
              CASE WHEN r = 1 THEN NULL ELSE reviewed_at - interval '3 days' END,
              reviewed_at + r * interval '3 days', CASE WHEN rating = 1 THEN 3 ELSE 2 END, r
       FROM scale_review`,
    );
    await client.query(
      `INSERT INTO "FlashcardState" ("userId", "cardId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "version", "createdAt", "updatedAt")
       SELECT user_id, card_id, reviewed_at + reps * interval '3 days', 2.5 * reps, 5.0, 3, reps * 3, 0, reps, 0, CASE WHEN rating = 1 THEN 3 ELSE 2 END, reviewed_at, reps,
              reviewed_at, reviewed_at
       FROM scale_review WHERE r = reps`,
    );
  });

  await step("concept rollup (what grading keeps in step) rebuilt from the answers", () => client.query(REBUILD_CONCEPT_ROLLUP_SQL));
  await step("commit", () => client.query("COMMIT"));
  await step("ANALYZE", () => client.query("ANALYZE"));

  const totals = (
    await client.query<Record<string, string>>(
      `SELECT (SELECT count(*) FROM "User" WHERE "email" LIKE '%@scale.test') AS users,
              (SELECT count(*) FROM "Classroom" WHERE "id" LIKE 'scale-%') AS classes,
              (SELECT count(*) FROM "Assignment" WHERE "id" LIKE 'scale-%') AS assignments,
              (SELECT count(*) FROM "AssignmentSubmission" WHERE "id" LIKE 'scale-%') AS submissions,
              (SELECT count(*) FROM "AssignmentAnswer" WHERE "id" LIKE 'scale-%') AS assignment_answers,
              (SELECT count(*) FROM "PracticeAttempt" WHERE "id" LIKE 'scale-%') AS practice_attempts,
              (SELECT count(*) FROM "FlashcardState" WHERE "userId" LIKE 'scale-%') AS flashcard_states,
              (SELECT count(*) FROM "FlashcardReview" WHERE "id" LIKE 'scale-%') AS flashcard_reviews,
              (SELECT count(*) FROM "ConceptRollup" WHERE "userId" LIKE 'scale-%') AS concept_rollup_rows,
              (SELECT round(avg("correct"::int), 3) FROM "PracticeAttempt" WHERE "id" LIKE 'scale-%') AS practice_share_correct`,
    )
  ).rows[0]!;
  console.log("Seeded:", totals);
  console.log(`Done in ${elapsed()}. Sign in as ${scaleEmail("teacher", 1)} or ${scaleEmail("student", 1)} with the password "${SCALE_PASSWORD}".`);
} catch (error) {
  await client.query("ROLLBACK").catch(() => {});
  throw error;
} finally {
  await client.end();
}
