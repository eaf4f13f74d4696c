// The authorization matrix (e2e/authz-matrix.ts) against the production build: first, every page,
// route handler and Server Action there is (found on disk and in the build's manifest) has a row,
// so a new one fails here until someone decides who may reach it. Then, in a seeded world of two
// teachers with a class and an assignment each and a student in each class with work and a
// practice question, each role asks for party A's pages, routes and actions: what is not theirs
// is a 403/404 or a redirect to sign in (401 for an API) that shows none of A's identifying
// strings, and changes nothing; what is theirs is a 200. Last, a teacher's real Server Action
// request, recorded in the browser, is replayed with other people's cookies and refused.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse, Browser, Page, Request } from "@playwright/test";
import { generateQuestion } from "../lib/questions";
import { hashPassword } from "../lib/server/password";
import { PROJECT_ROOT } from "../scripts/db/schema-engine";
import { ACTIONS, AUTHORED_SPEC, type Access, type Ids, PAGES, type Role, ROLES, ROUTES, type Secret } from "./authz-matrix";
import { expect, test } from "./fixtures";
import { callServerAction, listServerActions } from "./support/server-actions";

type Db = Parameters<Parameters<typeof test>[2]>[0]["db"];

// ---------------------------------------------------------------------------------------------
// What there is

/** Every app/**\/page.tsx and app/**\/route.ts as its URL pattern (route groups dropped). */
function listAppFiles(): { pages: string[]; routes: string[] } {
  const pages: string[] = [];
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        // Private folders (_x) are not routes.
        if (!entry.name.startsWith("_")) walk(full);
        continue;
      }
      const kind = /^page\.(tsx|ts|jsx|js|mdx)$/.test(entry.name) ? pages : /^route\.(ts|js)$/.test(entry.name) ? routes : null;
      if (!kind) continue;
      const segments = path
        .relative(path.join(PROJECT_ROOT, "app"), dir)
        .split(path.sep)
        .filter((s) => s !== "" && !/^\(.*\)$/.test(s));
      kind.push(`/${segments.join("/")}`);
    }
  };
  walk(path.join(PROJECT_ROOT, "app"));
  return { pages: pages.sort(), routes: routes.sort() };
}

test("every page, route handler and Server Action has a row in the authorization matrix", () => {
  const { pages, routes } = listAppFiles();
  const actions = listServerActions()
    .map((a) => `${a.file}#${a.exportedName}`)
    .sort();
  // Not in the matrix: add it to e2e/authz-matrix.ts, with the access each role has.
  expect(
    pages.filter((p) => !PAGES.some((row) => row.pattern === p)),
    "pages missing from the matrix: add them to e2e/authz-matrix.ts",
  ).toEqual([]);
  expect(
    routes.filter((r) => !ROUTES.some((row) => row.pattern === r)),
    "route handlers missing from the matrix: add them to e2e/authz-matrix.ts",
  ).toEqual([]);
  expect(
    actions.filter((a) => !ACTIONS.some((row) => row.key === a)),
    "Server Actions missing from the matrix: add them to e2e/authz-matrix.ts",
  ).toEqual([]);
  // And no row for something that is gone.
  expect(
    PAGES.map((row) => row.pattern).filter((p) => !pages.includes(p)),
    "stale page rows",
  ).toEqual([]);
  expect(
    ROUTES.map((row) => row.pattern).filter((r) => !routes.includes(r)),
    "stale route rows",
  ).toEqual([]);
  expect(
    ACTIONS.map((row) => row.key).filter((a) => !actions.includes(a)),
    "stale action rows",
  ).toEqual([]);
  // A refused cell can only be checked with arguments aimed at A.
  for (const row of ACTIONS) {
    const checked = ROLES.some((role) => row.access[role] === "signin" || row.access[role] === "deny");
    expect(!checked || row.args !== undefined, `${row.key}: refused cells need args`).toBe(true);
  }
});

// ---------------------------------------------------------------------------------------------
// The world

const PASSWORD = "authz-matrix-password-9";
const HAND_IN = readFileSync(path.join(PROJECT_ROOT, "public", "captures", "handshake.pcap"));
const code = () => Array.from(randomBytes(8), (b) => "ABCDEFGHJKMNPQRSTUVWXYZ23456789"[b % 31]).join("");

interface Person {
  id: string;
  email: string;
  name: string;
}

async function seedWorld(db: Db) {
  const tag = randomBytes(4).toString("hex");
  const passwordHash = await hashPassword(PASSWORD);
  const person = async (role: "TEACHER" | "STUDENT", name: string): Promise<Person> =>
    db.user.create({
      data: { email: `authz-${name.toLowerCase().replaceAll(" ", "-")}-${tag}@e2e.test`, name: `${name} ${tag}`, role, locale: "en", passwordHash },
      select: { id: true, email: true, name: true },
    });
  const [teacherA, teacherB, studentA, studentB] = await Promise.all([
    person("TEACHER", "Teacher A"),
    person("TEACHER", "Teacher B"),
    person("STUDENT", "Student A"),
    person("STUDENT", "Student B"),
  ]);

  const makeClass = async (teacher: Person, student: Person, label: string) => {
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
    // A capture task and the student's hand-in (the teacher's hand-in page needs one).
    await db.assignment.update({ where: { id: assignment.id }, data: { captureTask: `Capture task ${label} ${tag}` } });
    await db.captureSubmission.create({
      data: { assignmentId: assignment.id, studentId: student.id, name: "handshake.pcap", bytes: HAND_IN, size: HAND_IN.length },
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
    // A practice question of the student's own, with a prompt no one else's question shares.
    const seed = 100_000 + (randomBytes(3).readUIntBE(0, 3) % 800_000);
    const question = generateQuestion("handshake-synack-ack", seed, 1);
    const practice = await db.practiceQuestion.create({
      data: { userId: student.id, templateId: question.template, concept: question.concept, seed, difficulty: 1, locale: "en" },
      select: { id: true },
    });
    // And one answered wrong, which A's progress page lists among the recent mistakes.
    const wrongSeed = seed + 1;
    const wrong = generateQuestion("handshake-synack-ack", wrongSeed, 1);
    const answered = await db.practiceQuestion.create({
      data: { userId: student.id, templateId: wrong.template, concept: wrong.concept, seed: wrongSeed, difficulty: 1, locale: "en" },
      select: { id: true },
    });
    await db.practiceAttempt.create({
      data: {
        questionId: answered.id,
        userId: student.id,
        templateId: wrong.template,
        concept: wrong.concept,
        difficulty: 1,
        response: { kind: "number", value: 1 },
        correct: false,
        misconception: "other",
        timeTakenMs: 20_000,
      },
    });
    return { classroom, assignment, questionId: practice.id, prompt: question.prompt.en, mistake: wrong.prompt.en };
  };
  const a = await makeClass(teacherA, studentA, "A");
  const b = await makeClass(teacherB, studentB, "B");
  // Teacher A's own question in the bank, with a title no one else's shares.
  const questionTitle = `Authored question A ${tag}`;
  const authored = await db.authoredQuestion.create({
    data: {
      teacherId: teacherA.id,
      versions: {
        create: {
          version: 1,
          titleEn: questionTitle,
          titleZh: questionTitle,
          concept: "handshake-numbers",
          askKind: "segment",
          spec: { ...AUTHORED_SPEC, title: { en: questionTitle, zh: questionTitle } },
        },
      },
    },
    select: { id: true },
  });
  const ids: Ids = {
    classId: a.classroom.id,
    assignmentId: a.assignment.id,
    studentId: studentA.id,
    code: a.classroom.joinCode,
    questionId: a.questionId,
    authoredQuestionId: authored.id,
  };
  const secrets: Record<Secret, string> = {
    className: a.classroom.name,
    assignmentTitle: a.assignment.title,
    studentName: studentA.name,
    prompt: a.prompt,
    mistake: a.mistake,
    questionTitle,
  };
  const people: Record<Exclude<Role, "anonymous">, Person> = { student: studentA, otherStudent: studentB, teacher: teacherA, otherTeacher: teacherB };
  return { a, b, ids, secrets, people };
}
type World = Awaited<ReturnType<typeof seedWorld>>;

/** Everything of A's that a refused request could change, and the classes the world's people own. */
async function snapshot(db: Db, world: World) {
  const { classId, assignmentId, questionId } = world.ids;
  const submissions = await db.assignmentSubmission.findMany({
    where: { assignmentId },
    select: { id: true, studentId: true, attempt: true, submittedAt: true, score: true },
    orderBy: { id: "asc" },
  });
  return {
    classroom: await db.classroom.findUnique({ where: { id: classId }, select: { name: true, joinCode: true, teacherId: true } }),
    members: await db.classMember.findMany({ where: { classId }, select: { studentId: true }, orderBy: { studentId: "asc" } }),
    assignments: await db.assignment.findMany({ where: { classId }, select: { id: true, title: true, dueAt: true }, orderBy: { id: "asc" } }),
    extensions: await db.assignmentExtension.findMany({ where: { assignmentId }, select: { studentId: true, dueAt: true }, orderBy: { studentId: "asc" } }),
    submissions,
    answers: await db.assignmentAnswer.count({ where: { submissionId: { in: submissions.map((s) => s.id) } } }),
    practiceAttempts: await db.practiceAttempt.count({ where: { questionId } }),
    ownedClasses: await db.classroom.count({ where: { teacherId: { in: Object.values(world.people).map((p) => p.id) } } }),
    authored: await db.authoredQuestionVersion.findMany({
      where: { questionId: world.ids.authoredQuestionId },
      select: { id: true, version: true, titleEn: true, spec: true },
      orderBy: { version: "asc" },
    }),
    ownedQuestions: await db.authoredQuestion.count({ where: { teacherId: { in: Object.values(world.people).map((p) => p.id) } } }),
    captureTask: await db.assignment.findUnique({ where: { id: assignmentId }, select: { captureTask: true } }),
    handIns: await db.captureSubmission.findMany({ where: { assignmentId }, select: { studentId: true, name: true, size: true, updatedAt: true } }),
  };
}

// ---------------------------------------------------------------------------------------------
// Checks

const SIGN_IN_REDIRECT = /^(https?:\/\/[^/]+)?\/signin(\?|$)/;

/** The viewer's own name is in the page header everywhere: not a leak when the viewer is student A. */
const OWN_SECRETS: Partial<Record<Role, Secret[]>> = { student: ["studentName"] };

function expectNoSecrets(text: string, world: World, label: string, reveals: Secret[] = [], role?: Role) {
  for (const [kind, value] of Object.entries(world.secrets) as [Secret, string][]) {
    if (reveals.includes(kind) || (role && OWN_SECRETS[role]?.includes(kind))) continue;
    expect.soft(text.includes(value), `${label}: shows A's ${kind} "${value}"`).toBe(false);
  }
}

/** Refused: a 403/404, or (signin) a redirect to sign in / a 401, with none of A's data. */
function expectRefused(response: APIResponse, text: string, access: Access, world: World, label: string, api: boolean, role: Role) {
  const status = response.status();
  if (access === "signin") {
    if (api) expect.soft([401, 403, 404], `${label}: status`).toContain(status);
    else {
      expect.soft([302, 303, 307, 308], `${label}: status`).toContain(status);
      expect.soft(response.headers().location ?? "", `${label}: redirect`).toMatch(SIGN_IN_REDIRECT);
    }
  } else expect.soft([403, 404], `${label}: status`).toContain(status);
  expectNoSecrets(text, world, label, [], role);
}

interface Seen {
  /** The secrets some "allow" response did show: proof that the absence checks can see them. */
  secrets: Set<Secret>;
}

async function checkPages(request: APIRequestContext, role: Role, world: World, seen: Seen) {
  for (const row of PAGES) {
    const access = row.access[role];
    const url = row.url ? row.url(world.ids) : fill(row.pattern, world.ids);
    const label = `${role} GET ${url} (${access})`;
    if (access === "signin" || access === "deny") {
      const response = await request.get(url, { maxRedirects: 0 });
      expectRefused(response, await response.text(), access, world, label, false, role);
    } else {
      const response = await request.get(url);
      const text = await response.text();
      expect.soft(response.status(), label).toBe(200);
      if (access === "own") expectNoSecrets(text, world, label, row.reveals);
      else for (const [kind, value] of Object.entries(world.secrets) as [Secret, string][]) if (text.includes(value)) seen.secrets.add(kind);
    }
  }
}

async function checkRoutes(request: APIRequestContext, db: Db, role: Role, world: World, baseURL: string, seen: Seen) {
  for (const row of ROUTES) {
    for (const call of row.requests) {
      const access = call.access[role];
      const url = call.url(world.ids);
      const label = `${role} ${call.method} ${url} (${access})`;
      const before = await snapshot(db, world);
      const response = await request.fetch(url, {
        method: call.method,
        headers: { Origin: baseURL },
        ...(call.json ? { data: call.json(world.ids) } : {}),
        maxRedirects: 0,
      });
      const text = await response.text();
      if (access === "signin" || access === "deny") {
        expectRefused(response, text, access, world, label, true, role);
        expect.soft(await snapshot(db, world), `${label}: A's data changed`).toEqual(before);
      } else {
        expect.soft(response.status(), `${label}: ${text.slice(0, 200)}`).toBe(200);
        if (access === "own") expectNoSecrets(text, world, label);
        else for (const [kind, value] of Object.entries(world.secrets) as [Secret, string][]) if (text.includes(value)) seen.secrets.add(kind);
      }
    }
  }
}

async function checkActions(request: APIRequestContext, db: Db, role: Role, world: World, baseURL: string) {
  const actions = listServerActions();
  for (const row of ACTIONS) {
    const access = row.access[role];
    if (access !== "signin" && access !== "deny") continue;
    const action = actions.find((a) => `${a.file}#${a.exportedName}` === row.key);
    if (!action) throw new Error(`${row.key} is not in the build`);
    const label = `${role} action ${row.key} (${access})`;
    const before = await snapshot(db, world);
    const call = await callServerAction(request, baseURL, action, row.args!(world.ids));
    expect.soft(call.status, `${label}: status`).toBeLessThan(500);
    const redirectedToSignIn = call.status >= 300 && call.status < 400 && SIGN_IN_REDIRECT.test(call.response.headers().location ?? "");
    if (!(access === "signin" && redirectedToSignIn)) {
      // Refused by the app's own check, not by validation: ok false and no field errors.
      expect.soft(call.result, `${label}: ${call.text.slice(0, 300)}`).toMatchObject({ ok: false });
      expect.soft((call.result as { fieldErrors?: unknown }).fieldErrors, `${label}: refused by validation, not by authorization`).toBeUndefined();
    }
    expect.soft(call.text, label).not.toContain('"ok":true');
    expectNoSecrets(call.text, world, label, [], role);
    expect.soft(await snapshot(db, world), `${label}: A's data changed`).toEqual(before);
  }
}

function fill(pattern: string, ids: Ids): string {
  return pattern.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    const value = (ids as unknown as Record<string, string>)[name];
    if (value === undefined) throw new Error(`no id for [${name}] in ${pattern}`);
    return encodeURIComponent(value);
  });
}

async function pageFor(
  browser: Browser,
  baseURL: string,
  person: Person | null,
  signIn: (page: Page, user: { email: string; password: string }) => Promise<void>,
) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  if (person) await signIn(page, { email: person.email, password: PASSWORD });
  return { page, close: () => context.close() };
}

// ---------------------------------------------------------------------------------------------
// The matrix, role by role

test.describe("authorization matrix", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });

  let world: World;
  const seen: Seen = { secrets: new Set() };

  test.beforeAll(async ({ db }) => {
    world = await seedWorld(db);
  });

  for (const role of ROLES) {
    test(`${role}: pages, route handlers and Server Actions of party A`, async ({ browser, baseURL, db, signIn }) => {
      const session = await pageFor(browser, baseURL!, role === "anonymous" ? null : world.people[role], signIn);
      try {
        await checkPages(session.page.request, role, world, seen);
        await checkActions(session.page.request, db, role, world, baseURL!);
        await checkRoutes(session.page.request, db, role, world, baseURL!, seen);
      } finally {
        await session.close();
      }
    });
  }

  test("the strings the refusals are checked for do show where access is allowed", () => {
    // Otherwise an absent class name would prove nothing.
    expect([...seen.secrets].sort()).toEqual(["assignmentTitle", "className", "mistake", "prompt", "questionTitle", "studentName"]);
  });

  test("a teacher's recorded Server Action, replayed with anyone else's cookies, is refused and changes nothing", async ({ browser, baseURL, db, signIn }) => {
    // What the browser sent when the teacher pressed "New code" on class A's page.
    const captured: { url: string; headers: Record<string, string>; body: Buffer } = { url: "", headers: { Origin: baseURL! }, body: Buffer.alloc(0) };
    const teacher = await pageFor(browser, baseURL!, world.people.teacher, signIn);
    try {
      const { page } = teacher;
      let recorded: Request | undefined;
      page.on("dialog", (dialog) => void dialog.accept());
      page.on("request", (request) => {
        if (request.method() === "POST" && request.headers()["next-action"]) recorded ??= request;
      });
      await page.goto(`/teach/classes/${world.ids.classId}`);
      const original = (await snapshot(db, world)).classroom!.joinCode;
      await page.getByRole("button", { name: "New code" }).click();
      await expect.poll(async () => (await snapshot(db, world)).classroom!.joinCode).not.toBe(original);
      expect(recorded, "the teacher's action request").toBeDefined();
      const headers = await recorded!.allHeaders();
      for (const name of ["next-action", "content-type", "next-router-state-tree", "accept"]) if (headers[name]) captured.headers[name] = headers[name];
      captured.url = recorded!.url();
      captured.body = recorded!.postDataBuffer() ?? Buffer.alloc(0);
    } finally {
      await teacher.close();
    }
    expect(captured.headers["next-action"], "Next-Action of the recorded request").toBeTruthy();
    expect(captured.body.toString(), "the recorded body names class A").toContain(world.ids.classId);

    const replay = async (person: Person | null) => {
      const session = await pageFor(browser, baseURL!, person, signIn);
      try {
        const response = await session.page.request.post(captured.url, { headers: captured.headers, data: captured.body, maxRedirects: 0 });
        return { status: response.status(), text: await response.text() };
      } finally {
        await session.close();
      }
    };

    for (const role of ["anonymous", "student", "otherStudent", "otherTeacher"] as const) {
      const before = await snapshot(db, world);
      const result = await replay(role === "anonymous" ? null : world.people[role]);
      expect(result.status, `${role}: status`).toBeLessThan(500);
      expect(result.text, `${role}: success in the response`).not.toContain('"ok":true');
      expect(result.text, `${role}: the new join code in the response`).not.toContain(before.classroom!.joinCode);
      expect(await snapshot(db, world), `${role}: A's data changed`).toEqual(before);
    }

    // The same bytes with the teacher's own cookies do work: the replay is a faithful one.
    const before = await snapshot(db, world);
    const own = await replay(world.people.teacher);
    expect(own.text).toContain('"ok":true');
    expect((await snapshot(db, world)).classroom!.joinCode).not.toBe(before.classroom!.joinCode);
  });
  test("a removed student is a stranger to class A until re-admitted, and then finds their work again", async ({ browser, baseURL, db, signIn }) => {
    // Student C: in class A with a submission, then removed by teacher A through the action.
    const tag = randomBytes(4).toString("hex");
    const removed = await db.user.create({
      data: {
        email: `authz-removed-${tag}@e2e.test`,
        name: `Removed Student ${tag}`,
        role: "STUDENT",
        locale: "en",
        passwordHash: await hashPassword(PASSWORD),
      },
      select: { id: true, email: true, name: true },
    });
    await db.classMember.create({ data: { classId: world.ids.classId, studentId: removed.id } });
    await db.assignmentSubmission.create({ data: { assignmentId: world.ids.assignmentId, studentId: removed.id, attempt: 1 } });
    const teacher = await pageFor(browser, baseURL!, world.people.teacher, signIn);
    const actions = listServerActions();
    const action = (name: string) => actions.find((a) => a.exportedName === name)!;
    try {
      const call = await callServerAction(teacher.page.request, baseURL!, action("removeStudentAction"), [
        { classId: world.ids.classId, studentId: removed.id },
      ]);
      expect(call.result).toMatchObject({ ok: true });
    } finally {
      await teacher.close();
    }

    const student = await pageFor(browser, baseURL!, removed, signIn);
    // The class's code as it is now (the replay test above has replaced it).
    const code = (await db.classroom.findUniqueOrThrow({ where: { id: world.ids.classId }, select: { joinCode: true } })).joinCode;
    try {
      // The unchanged join code does not let them back in.
      const rejoin = await callServerAction(student.page.request, baseURL!, action("joinClassAction"), [{ code }]);
      expect(rejoin.result, rejoin.text.slice(0, 300)).toMatchObject({ ok: false, message: expect.stringContaining("removed you") });
      expect(await db.classMember.count({ where: { classId: world.ids.classId, studentId: removed.id } })).toBe(0);
      // Everything of A's is refused as it is for a student of another class.
      await checkPages(student.page.request, "otherStudent", world, seen);
      await checkActions(student.page.request, db, "otherStudent", world, baseURL!);
      await checkRoutes(student.page.request, db, "otherStudent", world, baseURL!, seen);
      const assignment = await student.page.request.get(`/assignments/${world.ids.assignmentId}`, { maxRedirects: 0 });
      expect([403, 404]).toContain(assignment.status());

      // Re-admitted by the teacher, they join with the same code and their attempt is there.
      const again = await pageFor(browser, baseURL!, world.people.teacher, signIn);
      try {
        const readmit = await callServerAction(again.page.request, baseURL!, action("readmitStudentAction"), [
          { classId: world.ids.classId, studentId: removed.id },
        ]);
        expect(readmit.result).toMatchObject({ ok: true });
      } finally {
        await again.close();
      }
      const joined = await callServerAction(student.page.request, baseURL!, action("joinClassAction"), [{ code }]);
      expect(joined.status, joined.text.slice(0, 300)).toBeLessThan(400);
      const back = await student.page.request.get(`/assignments/${world.ids.assignmentId}`);
      expect(back.status()).toBe(200);
      expect(await back.text()).toContain(world.secrets.assignmentTitle);
    } finally {
      await student.close();
      await db.classMember.deleteMany({ where: { studentId: removed.id } });
      await db.assignmentSubmission.deleteMany({ where: { studentId: removed.id } });
    }
  });

  test("a session cookie copied before sign-out, replayed afterwards, is anonymous everywhere", async ({ browser, baseURL, db, signIn }) => {
    const session = await pageFor(browser, baseURL!, world.people.student, signIn);
    let copied: { name: string; value: string }[] = [];
    try {
      copied = (await session.page.context().cookies()).filter((c) => c.name.includes("session-token")).map(({ name, value }) => ({ name, value }));
      expect(copied.length).toBeGreaterThan(0);
      const { csrfToken } = (await (await session.page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      await session.page.request.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/" }, maxRedirects: 0 });
    } finally {
      await session.close();
    }
    const context = await browser.newContext({ baseURL });
    try {
      await context.addCookies(copied.map((c) => ({ ...c, url: baseURL! })));
      const request = context.request;
      const sessionBody = (await (await request.get("/api/auth/session")).json()) as { user?: unknown } | null;
      expect(sessionBody?.user).toBeUndefined();
      // Pages: a redirect to sign in (from the page itself, or in its stream), never A's data.
      for (const row of PAGES) {
        if (row.access.anonymous !== "signin") continue;
        const url = row.url ? row.url(world.ids) : fill(row.pattern, world.ids);
        const response = await request.get(url, { maxRedirects: 0 });
        const text = await response.text();
        expect.soft(response.status(), `replay GET ${url}`).toBeLessThan(500);
        const redirected = SIGN_IN_REDIRECT.test(response.headers().location ?? "") || text.includes("/signin?next=");
        expect.soft(redirected, `replay GET ${url}: sent to sign in`).toBe(true);
        expectNoSecrets(text, world, `replay GET ${url}`);
      }
      await checkActions(request, db, "anonymous", world, baseURL!);
      await checkRoutes(request, db, "anonymous", world, baseURL!, seen);
    } finally {
      await context.close();
    }
  });
});
