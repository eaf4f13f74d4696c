// Security end to end, against the production build: response headers and the nonce-based CSP
// (and that pages still work under it in Chromium), cookie attributes, foreign origins, answer
// keys that never travel before the answer, one attempt however many submits race, extra fields
// that change nothing (roles above all), password storage, sign-in messages that do not tell
// accounts apart, and user text rendered as text. The fuzz is in security-fuzz.spec.ts; two
// instances and database faults are in faults.spec.ts.
import { createHash } from "node:crypto";
import type { Page } from "@playwright/test";
import { generateQuestion, misconceptionLabel, toPublic, type Question } from "../lib/questions";
import { verifyPassword } from "../lib/server/password";
import { expect, test } from "./fixtures";
import { callServerAction, findServerAction, listServerActions } from "./support/server-actions";
import { gotoHydrated, waitForHydration } from "./support/hydrated";

/** A made-up client address per test, so that sign-in failures here never throttle other specs' 127.0.0.1. */
const uniqueAddress = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const uniqueEmail = (prefix: string) => `${prefix}-${crypto.randomUUID()}@e2e.test`;
const PASSWORD = "harbour-lantern-2718";

function parseCsp(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name, ...sources] = part.split(/\s+/);
        return [name!, sources] as const;
      }),
  );
}

const sha256Source = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** Answers whatever the practice page asks with a plausible first choice, and waits for the verdict. */
async function answerWhateverIsAsked(page: Page) {
  const main = page.getByRole("main");
  const boxes = await main.getByRole("textbox").all();
  const selects = await main.getByRole("combobox").all();
  if (boxes.length + selects.length > 0) {
    for (const box of boxes) await box.fill("1");
    for (const select of selects) await select.selectOption({ index: 1 });
  } else {
    await page.getByRole("heading", { level: 1 }).click();
    // Two keys: a state order needs at least two states; a choice or a flag set takes either.
    await page.keyboard.press("1");
    await page.keyboard.press("2");
  }
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByRole("heading", { name: /^(Correct|Not quite)$/ })).toBeVisible();
}

test.describe("headers", () => {
  const PAGES = ["/", "/practice", "/simulator", "/signin", "/signup", "/flashcards"];

  test("every page sends a nonce CSP without unsafe-eval, and every script carries the nonce or a listed hash", async ({ request }) => {
    const nonces = new Set<string>();
    for (const path of PAGES) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      const csp = parseCsp(headers["content-security-policy"] ?? "");
      const scriptSrc = csp.get("script-src") ?? [];
      const nonce = scriptSrc.find((source) => source.startsWith("'nonce-"))?.slice("'nonce-".length, -1);
      expect(nonce, `${path}: script-src has a nonce`).toBeTruthy();
      nonces.add(nonce!);
      expect(scriptSrc).toContain("'strict-dynamic'");
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect([...csp.values()].flat(), `${path}: no unsafe-eval`).not.toContain("'unsafe-eval'");
      expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
      expect(csp.get("object-src")).toEqual(["'none'"]);
      expect(csp.get("base-uri")).toEqual(["'self'"]);
      expect(csp.get("default-src")).toEqual(["'self'"]);

      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(["strict-origin-when-cross-origin", "no-referrer"]).toContain(headers["referrer-policy"]);
      expect(headers["x-frame-options"]).toBe("DENY");
      for (const feature of ["camera=()", "microphone=()", "geolocation=()", "payment=()"]) expect(headers["permissions-policy"]).toContain(feature);
      expect(headers["x-powered-by"]).toBeUndefined();

      // Every script in the document is allowed by the policy: by this response's nonce, or (inline
      // scripts the app writes itself) by a hash the policy lists.
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length, `${path}: has scripts`).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        const allowed = attributes!.includes(`nonce="${nonce}"`) || (body !== "" && scriptSrc.includes(sha256Source(body!)));
        expect(allowed, `${path}: <script${attributes}> ${body!.slice(0, 80)}`).toBe(true);
      }
    }
    // A new nonce for every response.
    expect(nonces.size).toBe(PAGES.length);
  });

  test("route handlers answer with no-store JSON that may load nothing", async ({ request }) => {
    const response = await request.post("/api/practice/answer", { data: {} });
    expect(response.status()).toBe(400);
    const headers = response.headers();
    expect(headers["content-type"]).toContain("application/json");
    expect(headers["cache-control"]).toContain("no-store");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(parseCsp(headers["content-security-policy"] ?? "").get("default-src")).toEqual(["'none'"]);
    expect(parseCsp(headers["content-security-policy"] ?? "").get("frame-ancestors")).toEqual(["'none'"]);
  });
});

test.describe("pages under the CSP in Chromium", () => {
  test("/, /signin, /practice and /simulator work and report no CSP violation", async ({ page, createUser }) => {
    test.setTimeout(90_000);
    const problems: string[] = [];
    page.on("console", (message) => {
      if (/content security policy|refused to (load|execute|evaluate|apply|connect|frame)/i.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    // Init scripts run outside the page's CSP; the listener records what the browser blocked.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
    });
    const violations = async () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
    const themeScriptRan = async () => page.evaluate(() => document.documentElement.style.colorScheme);

    await page.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueAddress() });
    await page.emulateMedia({ colorScheme: "dark" });
    await gotoHydrated(page, "/");
    // The inline theme script (allowed by its hash) ran before hydration: it alone sets the colour scheme.
    expect(await themeScriptRan()).toBe("dark");
    await expect(page.locator("html")).toHaveClass(/dark/);
    expect(await violations()).toEqual([]);

    // Sign in through the form: a Server Action and a redirect under the policy.
    const user = await createUser({ name: "Csp Checker" });
    await gotoHydrated(page, "/signin");
    expect(await violations()).toEqual([]);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("main").getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Welcome back, Csp Checker.")).toBeVisible();
    expect(await violations()).toEqual([]);

    // Practice: start a run (a Server Action), answer (fetch to the route handler), see the diagram.
    await gotoHydrated(page, "/practice");
    await page.getByRole("radio", { name: /^Adaptive/ }).check();
    await page.getByRole("button", { name: "Start practising" }).click();
    await expect(page.getByRole("heading", { name: /^Question 1 · / })).toBeVisible();
    await waitForHydration(page);
    await answerWhateverIsAsked(page);
    await page.getByRole("button", { name: "Next question" }).click();
    await expect(page.getByRole("heading", { name: /^Question 2 · / })).toBeVisible();
    expect(await violations()).toEqual([]);

    // The simulator: client-side engine, diagrams with their own <style>.
    await gotoHydrated(page, "/simulator");
    await page.getByRole("button", { name: "Listen on B", exact: true }).click();
    await page.getByRole("button", { name: "Connect from A", exact: true }).click();
    await expect(page.getByRole("region", { name: /^Segments in flight/ })).toContainText("SYN");
    expect(await themeScriptRan()).toBe("dark");
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
  });
});

test.describe("cookies", () => {
  test("the session and CSRF cookies are HttpOnly and SameSite=Lax; every cookie the server sets has SameSite", async ({ page, createUser }) => {
    const user = await createUser();
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueAddress() });
    const setCookies: string[] = [];
    page.on("response", async (response) => {
      // A response still arriving when the test ends has no headers to read any more.
      const headers = await response.headersArray().catch(() => []);
      for (const header of headers) if (header.name.toLowerCase() === "set-cookie") setCookies.push(header.value);
    });
    await gotoHydrated(page, "/signin");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("main").getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL("/");

    // The CSRF cookie comes from Auth.js's own endpoints (the app's forms are Server Actions and
    // need none; the proxy no longer runs Auth.js on every page): ask for it as a client of them would.
    await page.request.get("/api/auth/csrf");
    const cookies = await page.context().cookies();
    const session = cookies.find((cookie) => cookie.name === "authjs.session-token" || cookie.name === "__Secure-authjs.session-token");
    expect(session, "a session cookie").toBeDefined();
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    const csrf = cookies.find((cookie) => cookie.name.endsWith("authjs.csrf-token"));
    expect(csrf).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    // Only the language preference (hs-locale, not a secret) may be readable by script.
    for (const cookie of cookies) {
      if (cookie.name !== "hs-locale" && cookie.name !== "hs-theme") expect(cookie.httpOnly, cookie.name).toBe(true);
    }
    expect(setCookies.length).toBeGreaterThan(0);
    for (const header of setCookies) expect(header, header.split("=")[0]).toMatch(/;\s*SameSite=(Lax|Strict)/i);
  });
});

test.describe("foreign origins", () => {
  test("the answer route refuses another site's request and stores nothing", async ({ page, db, createUser, signIn }) => {
    const student = await createUser();
    await signIn(page, student);
    const question = generateQuestion("handshake-state-after-step", 123_456_789, 1);
    const row = await db.practiceQuestion.create({
      data: { userId: student.id, templateId: question.template, concept: question.concept, seed: question.seed, difficulty: 1, locale: "en" },
      select: { id: true },
    });
    const body = { questionId: row.id, response: question.key };
    const foreign: Record<string, string>[] = [{ Origin: "https://evil.example" }, { Origin: "null" }, { "Sec-Fetch-Site": "cross-site" }];
    for (const headers of foreign) {
      const response = await page.request.post("/api/practice/answer", { data: body, headers });
      expect(response.status(), JSON.stringify(headers)).toBe(403);
      expect(await response.json()).toMatchObject({ ok: false, message: expect.any(String) });
    }
    expect(await db.practiceAttempt.count({ where: { questionId: row.id } })).toBe(0);
    // The same request from the app's own origin is graded: the refusals above were about the origin.
    const own = await page.request.post("/api/practice/answer", { data: body });
    expect(own.status()).toBe(200);
    expect(await db.practiceAttempt.count({ where: { questionId: row.id } })).toBe(1);
  });

  test("Server Actions refuse another site's request with 403 before running", async ({ request, db, baseURL }) => {
    const email = uniqueEmail("evil-origin");
    const signUp = findServerAction("signUpAction");
    const call = await callServerAction(request, baseURL!, signUp, [{ name: "Mallory", email, password: PASSWORD, role: "TEACHER", next: "/" }], {
      Origin: "https://evil.example",
      "X-Forwarded-For": uniqueAddress(),
    });
    expect(call.status).toBe(403);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});

/** What must not reach the browser while `question` is open: anything beyond its public part. */
function secretsOf(question: Question): string[] {
  // The browser gets the public part minus the seed (lib/server/practice/to-question-dto.ts).
  const shown = (["en", "zh"] as const).map((locale) => JSON.stringify({ ...toPublic(question, locale), seed: undefined }));
  const publicText = shown.join("\n");
  const candidates = [
    String(question.seed).length >= 6 ? String(question.seed) : "",
    question.explanation.text.en.slice(0, 60),
    question.explanation.text.zh.slice(0, 30),
    question.keyText.en,
    question.keyText.zh,
    JSON.stringify(question.key),
    ...question.distractors.flatMap((d) => [misconceptionLabel(d.misconception, "en"), misconceptionLabel(d.misconception, "zh"), `"${d.misconception}"`]),
  ];
  return [...new Set(candidates)].filter((secret) => secret.length >= 4 && !publicText.includes(secret));
}

/** Field names of the grading side of a question; none may appear while one is open. */
const GRADING_FIELDS = ['"keyText"', '"distractors"', '"explanation"', '"misconception"', '"expected"'];

interface Recorded {
  seq: number;
  url: string;
  method: string;
  requestBody: string;
  status: number;
  body: string;
  /** A Server Action reply that carries the page rendered again (Next's x-action-revalidated). */
  rerendered?: boolean;
}

/**
 * Every response the page receives from the app (not static files), in order, with its body. The
 * requests go through page.route, which reads each body before handing it to the page: Chromium
 * does not keep the bodies of every response (Server Action replies read as a stream, cancelled
 * prefetches), and a response whose body was not read would escape the check.
 */
async function recordResponses(page: Page): Promise<{ all: Recorded[]; settled(): Promise<void> }> {
  const all: Recorded[] = [];
  let seq = 0;
  let inFlight = 0;
  await page.route(
    (url) => !url.pathname.startsWith("/_next/static/"),
    async (route) => {
      const request = route.request();
      const entry: Recorded = {
        seq: seq++,
        url: new URL(request.url()).pathname + new URL(request.url()).search,
        method: request.method(),
        requestBody: request.postData() ?? "",
        status: 0,
        body: "",
      };
      all.push(entry);
      inFlight++;
      try {
        const response = await route.fetch({ maxRedirects: 0 });
        entry.status = response.status();
        entry.rerendered = response.headers()["x-action-revalidated"] !== undefined;
        entry.body = await response.text();
        await route.fulfill({ response, body: entry.body });
      } catch {
        await route.abort().catch(() => {});
      } finally {
        inFlight--;
      }
    },
  );
  return {
    all,
    settled: async () => {
      await expect.poll(() => inFlight).toBe(0);
    },
  };
}

function expectNoSecrets(responses: readonly { url: string; body: string }[], secrets: readonly string[], label: string) {
  for (const response of responses) {
    for (const secret of secrets) {
      // As written, and as it looks inside the HTML's escaped RSC payload.
      const escaped = JSON.stringify(secret).slice(1, -1);
      const found = response.body.includes(secret) || response.body.includes(escaped);
      expect(found, `${label}: ${response.url} carries ${secret}`).toBe(false);
    }
  }
}

test.describe("answer keys stay on the server while a question is open", () => {
  test("signed in: page HTML, RSC payloads, Server Action replies and JSON carry no key, explanation or distractor tag", async ({
    page,
    db,
    createUser,
    signIn,
  }) => {
    test.setTimeout(90_000);
    const student = await createUser();
    await signIn(page, student);
    const recorder = await recordResponses(page);

    await gotoHydrated(page, "/practice?mode=adaptive");
    await expect(page.getByRole("heading", { name: /^Question 1 · / })).toBeVisible();
    await answerWhateverIsAsked(page);
    await page.getByRole("button", { name: "Next question" }).click();
    await expect(page.getByRole("heading", { name: /^Question 2 · / })).toBeVisible();
    await page.getByRole("button", { name: "Another one like this" }).click();
    await expect(page.getByRole("heading", { name: /^Question 3 · / })).toBeVisible();
    // Bodies are read while the page that received them is still there (a reload discards them).
    await recorder.settled();
    await page.reload();
    await waitForHydration(page);
    await expect(page.getByTestId("question-prompt")).toBeVisible();
    await recorder.settled();

    const questions = await db.practiceQuestion.findMany({ where: { userId: student.id }, orderBy: { createdAt: "asc" } });
    expect(questions).toHaveLength(3);
    const answered = await db.practiceAttempt.findMany({ where: { userId: student.id }, select: { questionId: true } });
    expect(answered.map((a) => a.questionId)).toEqual([questions[0]!.id]);
    // The next-question actions answer with their question only: a re-render of the page would
    // cost a page's worth of bytes, and (for a URL without q=) make a question nobody sees.
    const actions = recorder.all.filter((r) => r.method === "POST" && r.url.startsWith("/practice"));
    expect(actions).toHaveLength(2);
    for (const action of actions) expect(action.rerendered, action.url).toBe(false);

    for (const row of questions) {
      const question = generateQuestion(row.templateId, row.seed, row.difficulty as 1 | 2 | 3);
      const secrets = [...secretsOf(question), ...GRADING_FIELDS];
      // Direct requests too, as a curious user would make them: the document and its RSC payload.
      if (!answered.some((a) => a.questionId === row.id)) {
        const url = `/practice?mode=adaptive&q=${row.id}`;
        const direct = [page.request.get(url), page.request.get(url, { headers: { RSC: "1" } })];
        const bodies = await Promise.all(direct.map(async (r) => ({ url: `${url} (direct)`, body: await (await r).text() })));
        expect(bodies[1]!.body).toContain(row.id);
        expectNoSecrets(bodies, secrets, row.id);
      }
      // The question is open from the first response that names it until its answer is sent.
      const opened = recorder.all.findIndex((r) => r.body.includes(row.id));
      expect(opened, `a response introduced ${row.id}`).toBeGreaterThanOrEqual(0);
      // The first question comes with the page; the next ones in Server Action replies.
      expect(recorder.all[opened]!.method).toBe(row.id === questions[0]!.id ? "GET" : "POST");
      const answeredAt = recorder.all.findIndex((r) => r.method === "POST" && r.url === "/api/practice/answer" && r.requestBody.includes(row.id));
      const window = recorder.all.slice(opened, answeredAt === -1 ? undefined : answeredAt);
      expect(window.length).toBeGreaterThan(0);
      expectNoSecrets(window, secrets, row.id);
    }
    // The check could fail: once answered, the first question's explanation does arrive.
    const first = generateQuestion(questions[0]!.templateId, questions[0]!.seed, questions[0]!.difficulty as 1 | 2 | 3);
    const answer = recorder.all.find((r) => r.url === "/api/practice/answer");
    expect(answer?.body).toContain(JSON.stringify(first.explanation.text.en).slice(1, 40));
  });

  test("as a guest: nothing before the answer carries what the answer then reveals", async ({ page }) => {
    const recorder = await recordResponses(page);
    await gotoHydrated(page, "/practice?mode=adaptive");
    await expect(page.getByRole("heading", { name: /^Question 1 · / })).toBeVisible();
    await page.getByRole("button", { name: "Another one like this" }).click();
    await expect(page.getByRole("heading", { name: /^Question 2 · / })).toBeVisible();
    await answerWhateverIsAsked(page);
    await recorder.settled();

    const answerIndex = recorder.all.findIndex((r) => r.method === "POST" && r.url === "/api/practice/answer");
    const answer = recorder.all[answerIndex]!;
    const token = (JSON.parse(answer.requestBody) as { token: string }).token;
    expect(token).toMatch(/^g1\./);
    const result = (
      JSON.parse(answer.body) as { result: { explanation: { text: string }; expected: { text: string }; misconception: { label: string } | null } }
    ).result;
    const revealed = [result.explanation.text.slice(0, 60), ...(result.misconception ? [result.misconception.label] : []), ...GRADING_FIELDS];
    const opened = recorder.all.findIndex((r) => r.body.includes(token));
    expect(opened).toBeGreaterThanOrEqual(0);
    expect(opened).toBeLessThan(answerIndex);
    expectNoSecrets(recorder.all.slice(opened, answerIndex), revealed, "guest question");
  });
});

test.describe("racing submits and extra fields", () => {
  async function seedStateQuestion(db: import("../lib/server/prisma-client").AppPrismaClient, userId: string) {
    const seed = 1_000_000_000 + Math.floor(Math.random() * 1_000_000_000);
    const question = generateQuestion("handshake-state-after-step", seed, 1);
    const row = await db.practiceQuestion.create({
      data: { userId, templateId: question.template, concept: question.concept, seed, difficulty: 1, locale: "en" },
      select: { id: true },
    });
    return { id: row.id, question };
  }

  test("twenty concurrent submissions of one answer record exactly one attempt", async ({ page, db, createUser, signIn, baseURL }) => {
    const student = await createUser();
    await signIn(page, student);
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const { id, question } = await seedStateQuestion(db, student.id);

    const submit = (questionId: string, response: unknown) =>
      fetch(new URL("/api/practice/answer", baseURL).toString(), {
        method: "POST",
        headers: { "Content-Type": "application/json", Cookie: cookie, Origin: new URL(baseURL!).origin },
        body: JSON.stringify({ questionId, response }),
      });
    const replies = await Promise.all(Array.from({ length: 20 }, () => submit(id, question.key)));
    expect(replies.map((r) => r.status)).toEqual(Array(20).fill(200));
    const bodies = (await Promise.all(replies.map((r) => r.json()))) as { ok: boolean; result: { correct: boolean; recorded: boolean } }[];
    for (const body of bodies) expect(body).toMatchObject({ ok: true, result: { correct: true, recorded: true } });
    expect(await db.practiceAttempt.count({ where: { questionId: id } })).toBe(1);

    // Twenty different answers racing on a fresh question: still one attempt, and every reply
    // reports the one that was recorded.
    const second = await seedStateQuestion(db, student.id);
    if (second.question.input.en.kind !== "state") throw new Error("expected a state question");
    const options = second.question.input.en.options;
    const mixed = await Promise.all(Array.from({ length: 20 }, (_, i) => submit(second.id, { kind: "state", state: options[i % options.length] })));
    expect(mixed.map((r) => r.status)).toEqual(Array(20).fill(200));
    const results = (await Promise.all(mixed.map((r) => r.json()))) as { result: { response: unknown; correct: boolean } }[];
    const stored = await db.practiceAttempt.findMany({ where: { questionId: second.id } });
    expect(stored).toHaveLength(1);
    for (const body of results) expect(body.result).toMatchObject({ response: stored[0]!.response, correct: stored[0]!.correct });
  });

  test("the answer route refuses a body with extra fields such as score, correct, userId or role", async ({ page, db, createUser, signIn }) => {
    const student = await createUser();
    const other = await createUser();
    await signIn(page, student);
    const { id, question } = await seedStateQuestion(db, student.id);
    const extras = [{ score: 100 }, { correct: true }, { userId: other.id }, { role: "TEACHER" }, { timeTakenMs: 1 }, { misconception: null }];
    for (const extra of extras) {
      const response = await page.request.post("/api/practice/answer", { data: { questionId: id, response: question.key, ...extra } });
      expect(response.status(), JSON.stringify(extra)).toBe(400);
    }
    // Extra fields inside the response are refused as well.
    const nested = await page.request.post("/api/practice/answer", { data: { questionId: id, response: { ...question.key, correct: true } } });
    expect(nested.status()).toBe(400);
    expect(await db.practiceAttempt.count({ where: { questionId: id } })).toBe(0);
  });

  test("sign-up ignores extra fields: the id, hash and dates are the server's, and no role beyond the two offered", async ({ request, db, baseURL }) => {
    const signUp = findServerAction("signUpAction");
    const headers = { "X-Forwarded-For": uniqueAddress() };
    const email = uniqueEmail("extras");
    const chosenHash = "$scrypt$ln=1,r=1,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    const call = await callServerAction(
      request,
      baseURL!,
      signUp,
      [
        {
          name: "Extra Fields",
          email,
          password: PASSWORD,
          role: "STUDENT",
          next: "/",
          id: "chosen-by-the-client",
          passwordHash: chosenHash,
          emailVerified: "2020-01-01T00:00:00.000Z",
          createdAt: "2000-01-01T00:00:00.000Z",
          isAdmin: true,
          score: 1_000_000,
        },
      ],
      headers,
    );
    expect(call.status).toBeLessThan(400);
    const user = await db.user.findUniqueOrThrow({ where: { email }, omit: { passwordHash: false } });
    expect(user.id).not.toBe("chosen-by-the-client");
    expect(user.role).toBe("STUDENT");
    expect(user.passwordHash).not.toBe(chosenHash);
    expect(await verifyPassword(PASSWORD, user.passwordHash!)).toBe(true);
    expect(user.createdAt.getFullYear()).toBeGreaterThan(2020);
    expect(user.emailVerified).toBeNull();

    for (const role of ["ADMIN", "teacher", "", 1, null, ["TEACHER", "ADMIN"]]) {
      const roleEmail = uniqueEmail("role");
      const refused = await callServerAction(
        request,
        baseURL!,
        signUp,
        [{ name: "Role Probe", email: roleEmail, password: PASSWORD, role, next: "/" }],
        headers,
      );
      expect(refused.status, JSON.stringify(role)).toBe(200);
      expect(refused.result).toMatchObject({ ok: false, fieldErrors: { role: expect.any(Array) } });
      expect(await db.user.count({ where: { email: roleEmail } })).toBe(0);
    }
  });

  test("a student cannot become a teacher: not by sign-in fields, the session endpoint, or any Server Action", async ({ page, db, createUser, baseURL }) => {
    test.setTimeout(90_000);
    const student = await createUser();
    const teacher = await createUser({ role: "TEACHER" });
    const headers = { "X-Forwarded-For": uniqueAddress() };
    await page.setExtraHTTPHeaders(headers);

    // Sign in with extra fields that name a role and another account.
    const signInAction = findServerAction("signInAction");
    const signedIn = await callServerAction(page.request, baseURL!, signInAction, [
      { email: student.email, password: student.password, next: "/", role: "TEACHER", id: teacher.id, userId: teacher.id },
    ]);
    expect(signedIn.status).toBeLessThan(400);
    const session = async () => (await (await page.request.get("/api/auth/session")).json()) as { user?: { id?: string; role?: string } } | null;
    expect((await session())?.user).toMatchObject({ id: student.id, role: "STUDENT" });

    // Auth.js's session update (POST /api/auth/session) with a role in it.
    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    await page.request.post("/api/auth/session", { data: { csrfToken, data: { role: "TEACHER" }, role: "TEACHER", user: { role: "TEACHER" } } });
    expect((await session())?.user).toMatchObject({ id: student.id, role: "STUDENT" });

    // Every Server Action in the build, called with role-shaped payloads.
    const payloads = [
      { role: "TEACHER" },
      { role: "TEACHER", userId: student.id, id: student.id },
      { user: { role: "TEACHER" } },
      { data: { role: "TEACHER" } },
    ];
    const actions = listServerActions();
    expect(actions.length).toBeGreaterThan(3);
    for (const action of actions) {
      // These end the session the check goes on with.
      if (["signOutAction", "signOutEverywhereAction"].includes(action.exportedName)) continue;
      for (const payload of payloads) {
        const call = await callServerAction(page.request, baseURL!, action, [payload]);
        expect(call.status, `${action.file}#${action.exportedName}`).not.toBe(500);
        const form = await callServerAction(page.request, baseURL!, action, [null, payload]);
        expect(form.status, `${action.file}#${action.exportedName} (form state)`).not.toBe(500);
      }
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: student.id } })).role).toBe("STUDENT");
    expect((await session())?.user).toMatchObject({ id: student.id, role: "STUDENT" });
    await page.goto("/teach");
    await expect(page.getByRole("heading", { level: 1, name: /not found/i })).toBeVisible();
  });
});

test.describe("passwords and sign-in messages", () => {
  test("passwords are stored as salted scrypt at OWASP's parameters (N=2^17, r=8, p=1) or stronger", async ({ request, db, baseURL }) => {
    const signUp = findServerAction("signUpAction");
    const emails = [uniqueEmail("hash-a"), uniqueEmail("hash-b")];
    for (const email of emails) {
      const call = await callServerAction(request, baseURL!, signUp, [{ name: "Hash Check", email, password: PASSWORD, role: "STUDENT", next: "/" }], {
        "X-Forwarded-For": uniqueAddress(),
      });
      expect(call.status).toBeLessThan(400);
    }
    const hashes: string[] = [];
    for (const email of emails) {
      const { passwordHash } = await db.user.findUniqueOrThrow({ where: { email }, select: { passwordHash: true } });
      const match = /^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(passwordHash ?? "");
      expect(match, passwordHash ?? "no hash").not.toBeNull();
      const [, ln, r, p, salt, key] = match!;
      expect(Number(ln)).toBeGreaterThanOrEqual(17);
      expect(Number(r)).toBeGreaterThanOrEqual(8);
      expect(Number(p)).toBeGreaterThanOrEqual(1);
      expect(Buffer.from(salt!, "base64").length).toBeGreaterThanOrEqual(16);
      expect(Buffer.from(key!, "base64").length).toBeGreaterThanOrEqual(32);
      expect(passwordHash).not.toContain(PASSWORD);
      hashes.push(passwordHash!);
    }
    // Same password, different salt, different hash.
    expect(hashes[0]).not.toBe(hashes[1]);
  });

  test("an unknown email and a wrong password get the same message in a similar time", async ({ request, createUser, baseURL }) => {
    test.setTimeout(60_000);
    const signInAction = findServerAction("signInAction");
    const users = [await createUser(), await createUser()];
    const attempt = async (email: string) => {
      const started = performance.now();
      const call = await callServerAction(request, baseURL!, signInAction, [{ email, password: "not-the-password-9", next: "/" }], {
        "X-Forwarded-For": uniqueAddress(),
      });
      return { ms: performance.now() - started, message: (call.result as { message?: string } | undefined)?.message };
    };
    const wrongPassword: { ms: number; message?: string }[] = [];
    const unknownEmail: { ms: number; message?: string }[] = [];
    // Interleaved, three per account (the lock comes at five).
    for (let round = 0; round < 3; round++) {
      for (const user of users) {
        wrongPassword.push(await attempt(user.email));
        unknownEmail.push(await attempt(uniqueEmail("nobody")));
      }
    }
    const messages = new Set([...wrongPassword, ...unknownEmail].map((a) => a.message));
    expect([...messages]).toEqual(["The email or password is incorrect. Check both and try again."]);
    // Loose: both paths hash (the unknown email against a decoy), so neither is several times faster.
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const known = median(wrongPassword.map((a) => a.ms));
    const unknown = median(unknownEmail.map((a) => a.ms));
    test.info().annotations.push({ type: "timing", description: `median wrong password ${known.toFixed(0)} ms, unknown email ${unknown.toFixed(0)} ms` });
    expect(unknown / known).toBeGreaterThan(1 / 3);
    expect(unknown / known).toBeLessThan(3);
  });
});

test.describe("user-written text", () => {
  test("markup in a name at sign-up is shown as text and never runs", async ({ page }) => {
    const name = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`;
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueAddress() });
    await gotoHydrated(page, "/signup");
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Email").fill(uniqueEmail("markup"));
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("radio", { name: /^Student/ }).check();
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL("/?welcome=new");
    await expect(page.getByText(`Welcome to Handshake, ${name}.`)).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await gotoHydrated(page, "/");
    await expect(page.getByText(`Welcome back, ${name}.`)).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });
});
