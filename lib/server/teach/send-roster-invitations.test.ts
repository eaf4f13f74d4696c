// "Send invitations" against the real PostgreSQL of the vitest setup and a real SMTP server (the
// `smtp-server` sink, scripts/test/smtp-sink.ts): the mail leaves through Nodemailer as in
// production, never a mock of the mailer. Sending, the per-teacher quota (also under concurrent
// requests), de-duplication, a refused recipient, a server that is down, and another teacher's
// or an archived class refused.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The environment is read when lib/server/env loads: the SMTP settings come first (a port range
// apart from the password-reset test's).
const SMTP_PORT = vi.hoisted(() => {
  const port = 40_000 + (process.pid % 20_000);
  Object.assign(process.env, {
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(port),
    SMTP_FROM: "Handshake <no-reply@handshake.test>",
    APP_URL: "https://handshake.school.example",
  });
  return port;
});

import { startSmtpSink, type SmtpSink } from "@/scripts/test/smtp-sink";
import { formatJoinCode } from "@/lib/teach/join-code";
import { db } from "../db";
import { AppError } from "../errors";
import { joinClass } from "../classes/join-class";
import { createClass } from "./create-class";
import { setClassArchived } from "./manage-class";
import { hashInvitedEmail, sendRosterInvitations } from "./send-roster-invitations";

const refuse = (address: string) => address.startsWith("bounce-");
let sink: SmtpSink;
const created: string[] = [];

async function user(label: string, role: "STUDENT" | "TEACHER" = "STUDENT", locale = "en") {
  const row = await db.user.create({
    data: { name: `${label} ${crypto.randomUUID().slice(0, 4)}`, email: `${label}-${crypto.randomUUID()}@example.com`, role, locale },
    select: { id: true, email: true, name: true },
  });
  created.push(row.id);
  return row;
}

/** A fresh teacher with a class of their own (each test its own quota). */
async function teacherWithClass(locale = "en") {
  const teacher = await user("invite-teacher", "TEACHER", locale);
  const classroom = await createClass({ teacherId: teacher.id, name: "Networks 101" });
  return { teacher, classId: classroom.id, joinCode: classroom.joinCode };
}

const fresh = (label = "student") => `${label}-${crypto.randomUUID().slice(0, 8)}@example.com`;

async function expectAppError(promise: Promise<unknown>, code: AppError["code"]) {
  await expect(promise).rejects.toSatisfy((error: unknown) => error instanceof AppError && error.code === code);
}

beforeAll(async () => {
  sink = await startSmtpSink(SMTP_PORT, { refuse });
});
afterAll(async () => {
  await db.rosterInvitationEmail.deleteMany({ where: { teacherId: { in: created } } });
  await db.classroom.deleteMany({ where: { teacherId: { in: created } } });
  await db.user.deleteMany({ where: { id: { in: created } } });
  await sink.stop();
});

describe("sending invitations", () => {
  it("emails each new address once, in both languages, with the class, the teacher and the join link; skips members and repeats", async () => {
    const { teacher, classId, joinCode } = await teacherWithClass();
    const member = await user("member");
    await joinClass({ studentId: member.id, code: joinCode });
    const [one, two] = [fresh(), fresh()];
    const result = await sendRosterInvitations({
      teacherId: teacher.id,
      classId,
      text: `${one}\n${member.email}\n${two.toUpperCase()}\nnot an address\n${one}`,
    });
    expect(result).toMatchObject({ sent: [one, two], refused: [], failed: [], serverUnreachable: false, alreadyMembers: [member.email.toLowerCase()] });
    expect(result.bad.map((b) => b.line)).toEqual([4]);
    expect(result.duplicates.map((d) => d.line)).toEqual([5]);

    const mail = await sink.takeMail(one);
    expect(mail.subject).toBe(
      `${teacher.name} invites you to the class Networks 101 on Handshake / ${teacher.name} 邀请你加入 Handshake 上的班级 Networks 101`,
    );
    expect(mail.from?.text).toContain("no-reply@handshake.test");
    const link = `https://handshake.school.example/classes/join/${formatJoinCode(joinCode)}`;
    expect(mail.text).toContain(link);
    expect(mail.text!.indexOf("invites you to join the class Networks 101")).toBeLessThan(mail.text!.indexOf("邀请你加入"));
    expect((await sink.takeMail(two)).text).toContain(link);
    expect(sink.pending(member.email)).toEqual([]);
    expect(sink.pending(one)).toEqual([]);

    // Only the hash of each address is kept; sending the list again emails nobody twice the same day.
    const rows = await db.rosterInvitationEmail.findMany({ where: { teacherId: teacher.id } });
    expect(rows.map((r) => r.emailHash).sort()).toEqual([one, two].map(hashInvitedEmail).sort());
    expect(JSON.stringify(rows)).not.toContain("@");
    const again = await sendRosterInvitations({ teacherId: teacher.id, classId, text: `${one}\n${two}` });
    expect(again).toMatchObject({ sent: [], alreadyInvited: [one, two] });
    expect(sink.pending(one)).toEqual([]);
  });

  it("writes the teacher's language first", async () => {
    const { teacher, classId } = await teacherWithClass("zh");
    const to = fresh();
    await sendRosterInvitations({ teacherId: teacher.id, classId, text: to });
    const mail = await sink.takeMail(to);
    expect(mail.subject!.startsWith(`${teacher.name} 邀请你加入`)).toBe(true);
    expect(mail.text!.indexOf("邀请你加入")).toBeLessThan(mail.text!.indexOf("invites you to join"));
  });
});

describe("the quota", () => {
  it("sends at most perSending a request and perDay in 24 hours, names the rest refused, and frees up after a day", async () => {
    const { teacher, classId } = await teacherWithClass();
    const limits = { perSending: 2, perDay: 3 };
    const first = [fresh(), fresh(), fresh()];
    const one = await sendRosterInvitations({ teacherId: teacher.id, classId, text: first.join("\n"), limits });
    expect(one).toMatchObject({ sent: first.slice(0, 2), refused: first.slice(2), leftToday: 1 });
    const second = [fresh(), fresh()];
    const two = await sendRosterInvitations({ teacherId: teacher.id, classId, text: second.join("\n"), limits });
    expect(two).toMatchObject({ sent: second.slice(0, 1), refused: second.slice(1), leftToday: 0 });
    expect(sink.pending(first[2]!)).toEqual([]);
    expect(sink.pending(second[1]!)).toEqual([]);
    // A day later the count starts again.
    const later = new Date(Date.now() + 24 * 60 * 60 * 1000 + 1000);
    const three = await sendRosterInvitations({ teacherId: teacher.id, classId, text: second[1]!, limits, now: later });
    expect(three).toMatchObject({ sent: [second[1]], refused: [] });
  });

  it("holds when two requests arrive at once: together they send no more than the day allows", async () => {
    const { teacher, classId } = await teacherWithClass();
    const limits = { perSending: 3, perDay: 3 };
    const lists = [
      [fresh(), fresh(), fresh()],
      [fresh(), fresh(), fresh()],
    ];
    const results = await Promise.all(lists.map((list) => sendRosterInvitations({ teacherId: teacher.id, classId, text: list.join("\n"), limits })));
    expect(results.flatMap((r) => r.sent)).toHaveLength(3);
    expect(results.flatMap((r) => r.refused)).toHaveLength(3);
    expect(await db.rosterInvitationEmail.count({ where: { teacherId: teacher.id } })).toBe(3);
  });
});

describe("when the mail server fails", () => {
  it("names an address the server refused, and does not count it as sent", async () => {
    const { teacher, classId } = await teacherWithClass();
    const [good, bounced] = [fresh(), fresh("bounce")];
    const result = await sendRosterInvitations({ teacherId: teacher.id, classId, text: `${good}\n${bounced}` });
    expect(result).toMatchObject({ sent: [good], failed: [bounced], serverUnreachable: false });
    expect(await db.rosterInvitationEmail.count({ where: { teacherId: teacher.id, emailHash: hashInvitedEmail(bounced) } })).toBe(0);
    await sink.takeMail(good);
  });

  it("says the server could not be reached, sends and records nothing, and does not throw", async () => {
    const { teacher, classId } = await teacherWithClass();
    const list = [fresh(), fresh(), fresh()];
    await sink.stop();
    try {
      const result = await sendRosterInvitations({ teacherId: teacher.id, classId, text: list.join("\n") });
      expect(result).toMatchObject({ sent: [], failed: list, serverUnreachable: true, leftToday: 300 });
      expect(await db.rosterInvitationEmail.count({ where: { teacherId: teacher.id } })).toBe(0);
    } finally {
      sink = await startSmtpSink(SMTP_PORT, { refuse });
    }
  });
});

describe("who may send", () => {
  it("refuses another teacher's class (as unknown) and an archived class, and sends nothing", async () => {
    const { classId } = await teacherWithClass();
    const other = await user("other-teacher", "TEACHER");
    const to = fresh();
    await expectAppError(sendRosterInvitations({ teacherId: other.id, classId, text: to }), "NOT_FOUND");
    const own = await teacherWithClass();
    await setClassArchived({ teacherId: own.teacher.id, classId: own.classId, archived: true });
    await expectAppError(sendRosterInvitations({ teacherId: own.teacher.id, classId: own.classId, text: to }), "CONFLICT");
    await expectAppError(sendRosterInvitations({ teacherId: own.teacher.id, classId: "not-a-class", text: to }), "NOT_FOUND");
    expect(sink.pending(to)).toEqual([]);
    expect(await db.rosterInvitationEmail.count({ where: { teacherId: { in: [other.id, own.teacher.id] } } })).toBe(0);
  });
});
