// Who may see what in the teaching feature, for every page and endpoint it adds: anonymous
// visitors are sent to sign in (401 from the CSV endpoint), and anything that is not the viewer's
// is a 404 that shows none of its data. Each test seeds its own world straight into the database:
// two teachers with a class each, a student in each class, an assignment per class with work.
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test, type TestUser } from "./fixtures";

type Db = Parameters<Parameters<typeof test>[2]>[0]["db"];
type CreateUser = Parameters<Parameters<typeof test>[2]>[0]["createUser"];

const code = () => Array.from(randomBytes(8), (b) => "ABCDEFGHJKMNPQRSTUVWXYZ23456789"[b % 31]).join("");

async function seedWorld(db: Db, createUser: CreateUser) {
  const tag = randomBytes(3).toString("hex");
  const [teacherA, teacherB, studentA, studentB] = await Promise.all([
    createUser({ role: "TEACHER", name: `Teacher A ${tag}` }),
    createUser({ role: "TEACHER", name: `Teacher B ${tag}` }),
    createUser({ name: `Student A ${tag}` }),
    createUser({ name: `Student B ${tag}` }),
  ]);
  const makeClass = async (teacher: TestUser, student: TestUser, label: string) => {
    const classroom = await db.classroom.create({ data: { teacherId: teacher.id, name: `Class ${label} ${tag}`, joinCode: code() } });
    await db.classMember.create({ data: { classId: classroom.id, studentId: student.id } });
    const assignment = await db.assignment.create({
      data: {
        classId: classroom.id,
        teacherId: teacher.id,
        title: `Assignment ${label} ${tag}`,
        concepts: ["handshake-numbers"],
        itemTemplates: ["handshake-synack-ack"],
        difficulty: 1,
        opensAt: new Date(Date.now() - 86_400_000),
        dueAt: new Date(Date.now() + 86_400_000),
        attemptsAllowed: 1,
        showAnswers: "IMMEDIATELY",
        seedKey: randomBytes(32).toString("base64url"),
      },
    });
    const submission = await db.assignmentSubmission.create({
      data: { assignmentId: assignment.id, studentId: student.id, attempt: 1, submittedAt: new Date(), score: 0 },
    });
    await db.assignmentAnswer.create({
      data: {
        submissionId: submission.id,
        itemIndex: 0,
        studentId: student.id,
        templateId: "handshake-synack-ack",
        concept: "handshake-numbers",
        seed: 1,
        difficulty: 1,
        response: { kind: "number", value: 1 },
        correct: false,
        misconception: "other",
      },
    });
    return { classroom, assignment };
  };
  const a = await makeClass(teacherA, studentA, "A");
  const b = await makeClass(teacherB, studentB, "B");
  const teacherPages = [
    `/teach/classes/${a.classroom.id}`,
    `/teach/classes/${a.classroom.id}/assignments/new`,
    `/teach/classes/${a.classroom.id}/mastery`,
    `/teach/assignments/${a.assignment.id}`,
    `/teach/assignments/${a.assignment.id}/preview`,
    `/teach/assignments/${a.assignment.id}/students/${studentA.id}`,
  ];
  return {
    teacherA,
    teacherB,
    studentA,
    studentB,
    a,
    b,
    teacherPages,
    studentPage: `/assignments/${a.assignment.id}`,
    csv: `/api/teach/assignments/${a.assignment.id}/results`,
  };
}
type World = Awaited<ReturnType<typeof seedWorld>>;

/**
 * A real 404 with the not-found page, showing none of class A's data. (The teacher and class areas
 * have no loading.tsx above their pages on purpose: a streamed page has committed to 200 before
 * notFound() can run.)
 */
async function expectNotFoundPage(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: /not found/i }), path).toBeVisible();
}

async function expectNotFound(page: Page, path: string, world: World) {
  await expectNotFoundPage(page, path);
  const text = await page.locator("main").innerText();
  for (const secret of [world.a.classroom.name, world.a.assignment.title, world.studentA.name, world.a.classroom.joinCode])
    expect(text, path).not.toContain(secret);
}

async function expectOk(page: Page, path: string, shows: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.locator("main"), path).toContainText(shows);
}

test("anonymous visitors are sent to sign in, and the CSV endpoint answers 401", async ({ page, db, createUser }) => {
  const world = await seedWorld(db, createUser);
  for (const path of [...world.teacherPages, world.studentPage, "/teach", "/classes", "/assignments"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/signin\?next=/);
  }
  const csv = await page.request.get(world.csv);
  expect(csv.status()).toBe(401);
  expect(await csv.text()).not.toContain(world.studentA.name);
});

test("a student sees their own assignment but no teacher page", async ({ page, db, createUser, signIn }) => {
  const world = await seedWorld(db, createUser);
  await signIn(page, world.studentA);
  await expectOk(page, world.studentPage, world.a.assignment.title);
  await expectOk(page, "/classes", world.a.classroom.name);
  await expect(page.locator("main")).not.toContainText(world.b.classroom.name);
  for (const path of ["/teach", ...world.teacherPages]) await expectNotFoundPage(page, path);
  expect((await page.request.get(world.csv)).status()).toBe(404);
});

test("another student gets a 404 for an assignment of a class they are not in", async ({ page, db, createUser, signIn }) => {
  const world = await seedWorld(db, createUser);
  await signIn(page, world.studentB);
  await expectNotFound(page, world.studentPage, world);
  await expectOk(page, "/assignments", world.b.assignment.title);
  await expect(page.locator("main")).not.toContainText(world.a.assignment.title);
  for (const path of world.teacherPages) await expectNotFound(page, path, world);
  const csv = await page.request.get(world.csv);
  expect(csv.status()).toBe(404);
  expect(await csv.text()).not.toContain(world.studentA.name);
});

test("a teacher sees their own class, assignment, results, CSV and students' work", async ({ page, db, createUser, signIn }) => {
  const world = await seedWorld(db, createUser);
  await signIn(page, world.teacherA);
  await expectOk(page, "/teach", world.a.classroom.name);
  await expect(page.locator("main")).not.toContainText(world.b.classroom.name);
  const shows = [world.a.classroom.name, world.a.classroom.name, world.a.classroom.name, world.studentA.name, world.a.assignment.title, world.studentA.name];
  for (const [i, path] of world.teacherPages.entries()) await expectOk(page, path, shows[i]!);
  const csv = await page.request.get(world.csv);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(world.studentA.name);
  // Not a member of the class: the student view of the assignment is not theirs either.
  await expectNotFoundPage(page, world.studentPage);
});

test("another teacher gets a 404 for every page and the CSV of a class that is not theirs", async ({ page, db, createUser, signIn }) => {
  const world = await seedWorld(db, createUser);
  await signIn(page, world.teacherB);
  await expectOk(page, "/teach", world.b.classroom.name);
  await expect(page.locator("main")).not.toContainText(world.a.classroom.name);
  for (const path of [...world.teacherPages, `/teach/assignments/${world.b.assignment.id}/students/${world.studentA.id}`])
    await expectNotFound(page, path, world);
  await expectNotFound(page, world.studentPage, world);
  const csv = await page.request.get(world.csv);
  expect(csv.status()).toBe(404);
  expect(await csv.text()).not.toContain(world.studentA.name);
});
