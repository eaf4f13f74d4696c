// Property-based fuzz (fast-check) of every route handler under app/api and every Server Action in
// the build, over HTTP against the production build: malformed, oversized and mistyped payloads,
// signed in and not, must never get a 500 (or any 5xx) or a stack trace, and must leave every
// table of the database with the row count it had.
//
// The spec runs its own `next start` on a database of its own, so that the row counts it compares
// are not moved by other specs running at the same time.
//
// Server Actions get arguments in the encoding React's client uses (encodeReply): a body that is
// not a valid Flight reply at all fails inside Next before any of the app's code runs, and Next
// answers that with a 500 of its own (docs/security.md, "Known limits").
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import pg from "pg";
import { generateQuestion, parseResponse } from "../lib/questions";
import { signInSchema } from "../lib/schemas/auth";
import { hashPassword } from "../lib/server/password";
import { createPrismaClient } from "../lib/server/prisma-client";
import { PROJECT_ROOT } from "../scripts/db/schema-engine";
import type { TestDatabase } from "../scripts/test/test-database";
import { expect, test } from "./fixtures";
import { type AppInstance, createSpecDatabase, newAuthSecret, startAppInstance } from "./support/app-instance";
import { encodeReplyValue, listServerActions } from "./support/server-actions";

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const PASSWORD = "fuzz-password-not-common-3";
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

// ---------------------------------------------------------------------------------------------
// What there is to fuzz

interface RouteHandler {
  file: string;
  /** URL path with dynamic segments as placeholders: [x] or [...x]. */
  route: string;
  methods: string[];
}

/** Every app/api/**\/route.ts with the HTTP methods it exports. */
function listRouteHandlers(): RouteHandler[] {
  const found: RouteHandler[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^route\.(ts|js)$/.test(entry.name)) {
        const source = readFileSync(full, "utf8");
        const methods = new Set<string>();
        for (const match of source.matchAll(/export\s+(?:async\s+)?function\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(match[1]!);
        for (const match of source.matchAll(/export\s+const\s+\{([^}]*)\}/g)) {
          for (const name of match[1]!.split(",").map((part) => part.trim())) if (/^(GET|POST|PUT|PATCH|DELETE)$/.test(name)) methods.add(name);
        }
        for (const match of source.matchAll(/export\s+const\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(match[1]!);
        const relative = path
          .relative(path.join(PROJECT_ROOT, "app"), path.dirname(full))
          .split(path.sep)
          .filter((s) => !/^\(.*\)$/.test(s));
        found.push({ file: path.relative(PROJECT_ROOT, full), route: `/${relative.join("/")}`, methods: [...methods].sort() });
      }
    }
  };
  walk(path.join(PROJECT_ROOT, "app/api"));
  return found.sort((a, b) => a.route.localeCompare(b.route));
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

/** Strings that have broken parsers before: empty, whitespace, NUL, long, reference-like, prototype keys. */
const nastyString = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "\uFFFF",
    "\uD800",
    "null",
    "undefined",
    "NaN",
    "-1",
    "1e309",
    "__proto__",
    "constructor",
    "$",
    "$$",
    "$undefined",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "%00",
    "😀",
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.integer({ min: 200, max: 5000 }).map((n) => "x".repeat(n)),
);

/** Any JSON-ish value, with nasty strings and prototype-shaped keys mixed in. */
const anyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    nastyString,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(fc.oneof(nastyString, fc.constantFrom("__proto__", "constructor", "prototype", "role", "userId", "id", "score", "correct")), tie("value"), {
      maxKeys: 5,
    }),
  ),
})).value;

/** Query keys that name where to go next (Auth.js's, the sign-in page's) and values that broke them. */
const REDIRECT_KEYS = fc.constantFrom("callbackUrl", "next", "error", "redirect", "redirectTo");
const REDIRECT_VALUES = fc.constantFrom(
  "x",
  "javascript:alert(1)",
  "//[",
  "//evil.example",
  "/\\evil.example",
  "http://evil.example/",
  "/practice\u3000",
  "/practice?x=é",
  "/%E0%A4%A",
  "data:text/html,x",
  "\u0000",
  "/a\nb",
);
/** Path segments that are not valid percent-encoded UTF-8, or decode to something odd. */
const MALFORMED_SEGMENTS = fc.constantFrom("%E0%A4%A", "abc%", "%", "%ZZ", "%C0%AF", "%FF", "%E3%80%80", "%00", "..%2F..%2F", "%ED%A0%80");

/** Every app/**\/page.tsx as its URL pattern (route groups dropped). */
function listPagePatterns(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith("_")) walk(full);
      } else if (/^page\.(tsx|ts)$/.test(entry.name)) {
        const relative = path
          .relative(path.join(PROJECT_ROOT, "app"), dir)
          .split(path.sep)
          .filter((s) => s !== "" && !/^\(.*\)$/.test(s));
        found.push(`/${relative.join("/")}`);
      }
    }
  };
  walk(path.join(PROJECT_ROOT, "app"));
  return found.sort();
}

/** Field names the app's own schemas use, so mistyped values reach the checks behind the first one. */
const FIELD_NAMES = [
  "questionId",
  "token",
  "response",
  "kind",
  "state",
  "states",
  "flags",
  "value",
  "values",
  "choice",
  "email",
  "password",
  "name",
  "role",
  "next",
  "locale",
  "settings",
  "mode",
  "concepts",
  "difficulty",
  "like",
  "templateId",
  "previousTemplateId",
  "history",
  "cardId",
  "rating",
  "deck",
  "limit",
  "shortcuts",
  "id",
  "userId",
  "classId",
  "assignmentId",
  "code",
];
const mistypedObject = fc.dictionary(fc.constantFrom(...FIELD_NAMES), anyValue, { minKeys: 1, maxKeys: 6 });

interface RawBody {
  contentType: string | null;
  body: string | Uint8Array;
}

const rawBody: fc.Arbitrary<RawBody> = fc.oneof(
  anyValue.map((value) => ({ contentType: "application/json", body: JSON.stringify(value) ?? "null" })),
  mistypedObject.map((value) => ({ contentType: "application/json", body: JSON.stringify(value) })),
  nastyString.map((text) => ({ contentType: "application/json", body: text })),
  fc
    .dictionary(nastyString, nastyString, { maxKeys: 6 })
    .map((fields) => ({ contentType: "application/x-www-form-urlencoded", body: new URLSearchParams(fields).toString() })),
  fc
    .tuple(fc.uint8Array({ maxLength: 512 }), fc.constantFrom("application/octet-stream", "text/plain", "multipart/form-data; boundary=x", "application/json"))
    .map(([bytes, contentType]) => ({ contentType, body: bytes })),
  fc
    .integer({ min: 17 * 1024, max: 2 * 1024 * 1024 })
    .map((size) => ({ contentType: "application/json", body: JSON.stringify({ response: "x".repeat(size) }) })),
  fc.constant({ contentType: null, body: "" }),
);

// ---------------------------------------------------------------------------------------------
// The app under test

interface Fuzzed {
  method: string;
  path: string;
  status: number;
  body: string;
}

/** Actions that end the caller's session: the fuzz signs in again after each. */
const SESSION_ENDING = new Set(["signOutAction", "signOutEverywhereAction", "revokeDeviceAction", "changePasswordAction"]);

const STACK_TRACE = /\n\s+at [^\n]+:\d+:\d+|node_modules\/|webpack-internal|\.next\/server/;

test.describe("fuzz", () => {
  test.describe.configure({ mode: "serial", timeout: 600_000 });

  let database: TestDatabase;
  let app: AppInstance;
  let counts: pg.Pool;
  let cookie = "";
  const ownQuestions: { id: string; templateId: string; seed: number; difficulty: number }[] = [];
  let foreignQuestionId = "";

  test.beforeAll(async () => {
    // A database, two scrypt hashes, a `next start` and a sign-in: slow on a busy machine.
    test.setTimeout(180_000);
    database = await createSpecDatabase("fuzz");
    const db = createPrismaClient(database.url);
    const passwordHash = await hashPassword(PASSWORD);
    const student = await db.user.create({
      data: { email: "fuzz-student@e2e.test", name: "Fuzz Student", role: "STUDENT", passwordHash },
      select: { id: true },
    });
    const other = await db.user.create({ data: { email: "fuzz-other@e2e.test", name: "Fuzz Other", role: "STUDENT", passwordHash }, select: { id: true } });
    for (const templateId of ["handshake-state-after-step", "teardown-state-after-step", "reset-in-state"]) {
      const seed = 1_000_000 + ownQuestions.length;
      const question = generateQuestion(templateId, seed, 1);
      const row = await db.practiceQuestion.create({
        data: { userId: student.id, templateId, concept: question.concept, seed, difficulty: 1, locale: "en" },
        select: { id: true },
      });
      ownQuestions.push({ id: row.id, templateId, seed, difficulty: 1 });
    }
    const foreign = generateQuestion("handshake-state-after-step", 77, 1);
    foreignQuestionId = (
      await db.practiceQuestion.create({
        data: { userId: other.id, templateId: foreign.template, concept: foreign.concept, seed: 77, difficulty: 1, locale: "en" },
        select: { id: true },
      })
    ).id;
    await db.$disconnect();

    app = await startAppInstance({ databaseUrl: database.url, authSecret: newAuthSecret() });
    counts = new pg.Pool({ connectionString: database.url, max: 2 });
    cookie = await signInCookie(app.url, "fuzz-student@e2e.test", PASSWORD);
  });

  test.afterAll(async () => {
    await counts?.end();
    await app?.stop();
    await database?.drop();
  });

  async function rowCounts(): Promise<Record<string, number>> {
    const { rows: tables } = await counts.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name",
    );
    const result: Record<string, number> = {};
    for (const { table_name } of tables) {
      const { rows } = await counts.query<{ n: string }>(`select count(*) as n from "${table_name.replaceAll('"', '""')}"`);
      result[table_name] = Number(rows[0]!.n);
    }
    return result;
  }

  async function send(method: string, urlPath: string, raw: RawBody, extraHeaders: Record<string, string> = {}): Promise<Fuzzed> {
    const headers: Record<string, string> = { Origin: app.url, "X-Forwarded-For": "10.99.0.1", ...extraHeaders };
    if (raw.contentType) headers["Content-Type"] = raw.contentType;
    const response = await fetch(new URL(urlPath, app.url), {
      method,
      headers,
      body: method === "GET" || method === "HEAD" ? undefined : typeof raw.body === "string" ? raw.body : Buffer.from(raw.body),
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    return { method, path: urlPath, status: response.status, body: await response.text() };
  }

  function expectHandled(result: Fuzzed, input: unknown) {
    const label = `${result.method} ${result.path} (FUZZ_SEED=${SEED}) ${JSON.stringify(input)?.slice(0, 300)}`;
    expect(result.status, `${label}\n-> ${result.body.slice(0, 500)}`).toBeLessThan(500);
    expect(STACK_TRACE.test(result.body), `${label}: stack trace in\n${result.body.slice(0, 800)}`).toBe(false);
  }

  async function fuzz<T>(name: string, arbitrary: fc.Arbitrary<T>, run: (input: T) => Promise<Fuzzed>) {
    const before = await rowCounts();
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(arbitrary, async (input) => {
        const result = await run(input);
        statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
        expectHandled(result, input);
      }),
      // One FUZZ_SEED replays the whole run; each endpoint draws its own sequence from it.
      { numRuns: RUNS, seed: seedFor(name), endOnFailure: true },
    );
    expect(await rowCounts(), `${name}: row counts`).toEqual(before);
    test.info().annotations.push({
      type: name,
      description: [...statuses]
        .sort(([a], [b]) => a - b)
        .map(([status, n]) => `${status}×${n}`)
        .join(" "),
    });
  }

  test("the route handlers and actions fuzzed here are every one there is", async () => {
    const routes = listRouteHandlers();
    expect(routes.map((r) => `${r.route} ${r.methods.join(",")}`)).toEqual(
      expect.arrayContaining(["/api/auth/[...nextauth] GET,POST", "/api/practice/answer POST"]),
    );
    expect(listServerActions().length).toBeGreaterThan(3);
  });

  test("POST /api/practice/answer: malformed, oversized and mistyped bodies", async () => {
    const own = fc.constantFrom(...ownQuestions);
    const response = fc.oneof(
      anyValue,
      mistypedObject,
      fc.record(
        {
          kind: fc.constantFrom("state", "flags", "number", "state-order", "diagram-blanks", "choice"),
          state: anyValue,
          states: anyValue,
          flags: anyValue,
          value: anyValue,
          values: anyValue,
          choice: anyValue,
        },
        { requiredKeys: ["kind"] },
      ),
    );
    const body = fc.oneof(
      rawBody.map((raw) => ({ raw, signedIn: false })),
      fc
        .record({
          questionId: fc.oneof(
            own.map((q) => q.id),
            fc.constant(foreignQuestionId),
            nastyString,
            anyValue,
          ),
          token: fc.oneof(fc.constant(undefined), nastyString, fc.constant("g1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")),
          response,
          extra: fc.option(mistypedObject, { nil: undefined }),
          signedIn: fc.boolean(),
        })
        .map(({ questionId, token, response, extra, signedIn }) => {
          const json = { ...(extra ?? {}), questionId, ...(token === undefined ? {} : { token }), response };
          return { raw: { contentType: "application/json", body: JSON.stringify(json) }, signedIn, json };
        }),
    );
    // Valid answers to the user's own questions would (rightly) be stored: those are not malformed.
    const malformed = body.filter((input) => {
      const json = (input as { json?: { questionId?: unknown; token?: unknown; response?: unknown } }).json;
      if (!json || json.token !== undefined) return true;
      const question = ownQuestions.find((q) => q.id === json.questionId);
      if (!question) return true;
      return !parseResponse(generateQuestion(question.templateId, question.seed, 1), json.response).ok;
    });
    await fuzz("POST /api/practice/answer", malformed, (input) => send("POST", "/api/practice/answer", input.raw, input.signedIn ? { Cookie: cookie } : {}));
  });

  test("other methods and paths of every route handler", async () => {
    const routes = listRouteHandlers();
    const fill = (route: string, part: string) => route.replace(/\[\.\.\.[^\]]+\]/g, part).replace(/\[[^\]]+\]/g, encodeURIComponent(part) || "x");
    const request = fc.record({
      route: fc.constantFrom(...routes),
      method: fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE"),
      part: fc.oneof(
        fc.constantFrom(
          "csrf",
          "session",
          "providers",
          "signin",
          "signout",
          "callback/credentials",
          "signin/credentials",
          "error",
          "verify-request",
          "callback/nope",
          "x/y/z",
        ),
        fc.webSegment(),
      ),
      query: fc.option(fc.dictionary(fc.oneof(fc.webSegment(), REDIRECT_KEYS), fc.oneof(nastyString, REDIRECT_VALUES), { maxKeys: 3 }), { nil: undefined }),
      raw: rawBody,
      signedIn: fc.boolean(),
    });
    await fuzz("route handlers, any method and path", request, ({ route, method, part, query, raw, signedIn }) => {
      const search = query ? `?${new URLSearchParams(query).toString()}` : "";
      // (No CSRF token here, so no body can be a real sign-in attempt: see the next test for those.)
      return send(method, `${fill(route.route, part)}${search}`, raw, signedIn ? { Cookie: cookie } : {});
    });
  });

  test("every page and route with malformed percent-encoding in its dynamic segments, and odd next/callbackUrl values", async () => {
    const patterns = [...listPagePatterns(), ...listRouteHandlers().map((r) => r.route)];
    const request = fc.record({
      pattern: fc.constantFrom(...patterns),
      segment: MALFORMED_SEGMENTS,
      query: fc.option(fc.dictionary(REDIRECT_KEYS, fc.oneof(REDIRECT_VALUES, nastyString), { minKeys: 1, maxKeys: 2 }), { nil: undefined }),
      signedIn: fc.boolean(),
    });
    await fuzz("dynamic paths and redirect parameters", request, ({ pattern, segment, query, signedIn }) => {
      // The segment goes in raw (not encoded again): this is what a mangled link sends.
      const urlPath = pattern.replace(/\[\.\.\.[^\]]+\]/g, `session/${segment}`).replace(/\[[^\]]+\]/g, segment);
      const search = query ? `?${new URLSearchParams(query).toString()}` : "";
      return send("GET", `${urlPath}${search}`, { contentType: null, body: "" }, signedIn ? { Cookie: cookie } : {});
    });
  });

  test("Auth.js credentials sign-in with malformed credentials, with and without a CSRF token", async () => {
    const asFormField = (value: unknown) => (typeof value === "string" ? value : (JSON.stringify(value) ?? ""));
    // A well-formed email and password would be a real sign-in attempt, which the throttle counts
    // (a row, rightly): the fuzz keeps to credentials the sign-in schema refuses, as the form sends them.
    const credentials = fc
      .record({
        fields: fc
          .record({ email: anyValue, password: anyValue })
          .map(({ email, password }) => ({ email: asFormField(email), password: asFormField(password) })),
        extra: fc.option(fc.dictionary(fc.constantFrom(...FIELD_NAMES, "csrfToken", "callbackUrl", "redirect"), anyValue.map(asFormField), { maxKeys: 5 }), {
          nil: undefined,
        }),
        withCsrf: fc.boolean(),
        path: fc.constantFrom("/api/auth/callback/credentials", "/api/auth/signin/credentials"),
      })
      .filter(({ fields }) => !signInSchema.safeParse(fields).success);
    await fuzz("Auth.js credentials", credentials, async ({ fields, extra, withCsrf, path: urlPath }) => {
      const form: Record<string, string> = { ...(extra ?? {}), ...fields };
      let headers: Record<string, string> = {};
      if (withCsrf) {
        const csrf = await fetch(new URL("/api/auth/csrf", app.url));
        headers = {
          Cookie: csrf.headers
            .getSetCookie()
            .map((c) => c.split(";")[0])
            .join("; "),
        };
        form.csrfToken = ((await csrf.json()) as { csrfToken: string }).csrfToken;
      }
      return send("POST", urlPath, { contentType: "application/x-www-form-urlencoded", body: new URLSearchParams(form).toString() }, headers);
    });
  });

  for (const action of listServerActions()) {
    test(`Server Action ${action.file}#${action.exportedName}`, async () => {
      const args = fc.oneof(
        fc.array(anyValue, { maxLength: 3 }),
        fc.tuple(mistypedObject),
        fc.tuple(fc.constant(null), mistypedObject),
        fc.tuple(anyValue, anyValue, anyValue, anyValue),
      );
      // One call in twenty is over Next's 1 MB limit for Server Action bodies, and one in twenty
      // is a valid argument nested thousands of levels deep (React's reply decoder recursed on it).
      const call = fc.record({ args, signedIn: fc.boolean(), shape: fc.integer({ min: 0, max: 19 }), depth: fc.integer({ min: 1_000, max: 20_000 }) });
      await fuzz(`${action.exportedName}`, call, ({ args: values, signedIn, shape, depth }) => {
        const body =
          shape === 0
            ? JSON.stringify([{ payload: "x".repeat(1024 * 1024 + 10) }])
            : shape === 1
              ? `[${"[".repeat(depth)}1${"]".repeat(depth)}]`
              : JSON.stringify(encodeReplyValue(values));
        return send(
          "POST",
          action.path,
          { contentType: "text/plain;charset=UTF-8", body },
          { "Next-Action": action.id, Accept: "text/x-component", ...(signedIn ? { Cookie: cookie } : {}) },
        );
      });
      // Signing out (here, or everywhere) ends the fuzz's session for good: the next action gets a fresh one.
      if (SESSION_ENDING.has(action.exportedName)) cookie = await signInCookie(app.url, "fuzz-student@e2e.test", PASSWORD);
    });
  }
});

function seedFor(name: string): number {
  let hash = SEED;
  for (const char of name) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

/** Signs in through Auth.js's API and returns the Cookie header of the session. */
async function signInCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(new URL("/api/auth/csrf", baseUrl));
  const csrfCookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await fetch(new URL("/api/auth/callback/credentials", baseUrl), {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie, "X-Forwarded-For": "10.99.0.2" },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/" }),
  });
  const session = signIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in as ${email} failed (${signIn.status})`);
  return session;
}
