// "Send invitations": each address of a roster gets the class's join link by email, through the
// deployment's SMTP server (lib/server/mail). A teacher account is easy to make, so the sending is
// bounded in PostgreSQL (RosterInvitationEmail): at most ROSTER_INVITE_LIMITS.perSending messages
// a request and perDay per teacher in any 24 hours, and an address is emailed about a class at
// most once a day. The quota is taken before the mail goes out, under a per-teacher advisory
// lock, so two requests at once cannot both spend the last invitations; a message the server
// refuses gives its place back.
import "server-only";
import { createHash } from "node:crypto";
import type { RosterSendingDto } from "@/lib/teach/dto";
import { formatJoinCode } from "@/lib/teach/join-code";
import { db } from "../db";
import { AppError } from "../errors";
import { appLink, isEmailConfigured, sendMail } from "../mail/mailer";
import { composeInvitationEmail } from "./invitation-email";
import { readRoster } from "./invite-roster";

export const ROSTER_INVITE_LIMITS = { perSending: 100, perDay: 300 } as const;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Messages in flight at once: quicker than one by one, gentle on the SMTP server. */
const CONCURRENCY = 4;

export const hashInvitedEmail = (email: string) => createHash("sha256").update(email.toLowerCase()).digest("base64url");

/** Nodemailer's codes for a message the server refused (the others mean the server itself failed). */
const MESSAGE_REFUSED = new Set(["EENVELOPE", "EMESSAGE"]);

export async function sendRosterInvitations(options: {
  teacherId: string;
  classId: string;
  text: string;
  now?: Date;
  limits?: { perSending: number; perDay: number };
}): Promise<RosterSendingDto> {
  const { teacherId, classId, now = new Date(), limits = ROSTER_INVITE_LIMITS } = options;
  // Ownership and the archive first: another teacher learns nothing, not even that email is off.
  const { roster, className } = await readRoster(options);
  if (!isEmailConfigured()) throw new AppError("CONFLICT", { messageKey: "manage.inviteSendingOff" });
  const teacher = await db.user.findUniqueOrThrow({ where: { id: teacherId }, select: { name: true, locale: true } });
  const alreadyMembers = roster.invites.filter((i) => i.alreadyMember).map((i) => i.email);
  const candidates = roster.invites.filter((i) => !i.alreadyMember).map((i) => i.email);
  const since = new Date(now.getTime() - DAY_MS);

  const reserved = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`roster-invite:${teacherId}`}))`;
    const [used, earlier] = await Promise.all([
      tx.rosterInvitationEmail.count({ where: { teacherId, createdAt: { gt: since } } }),
      tx.rosterInvitationEmail.findMany({
        where: { classId, createdAt: { gt: since }, emailHash: { in: candidates.map(hashInvitedEmail) } },
        select: { emailHash: true },
      }),
    ]);
    const invitedHashes = new Set(earlier.map((row) => row.emailHash));
    const fresh = candidates.filter((email) => !invitedHashes.has(hashInvitedEmail(email)));
    const allowance = Math.max(0, Math.min(limits.perSending, limits.perDay - used));
    const toSend = fresh.slice(0, allowance);
    const rows = await tx.rosterInvitationEmail.createManyAndReturn({
      data: toSend.map((email) => ({ teacherId, classId, emailHash: hashInvitedEmail(email), createdAt: now })),
      select: { id: true, emailHash: true },
    });
    const idOf = new Map(rows.map((row) => [row.emailHash, row.id]));
    return {
      toSend: toSend.map((email) => ({ email, id: idOf.get(hashInvitedEmail(email))! })),
      refused: fresh.slice(allowance),
      alreadyInvited: candidates.filter((email) => invitedHashes.has(hashInvitedEmail(email))),
      leftAfter: Math.max(0, limits.perDay - used - toSend.length),
    };
  });

  const link = appLink(`/classes/join/${formatJoinCode(roster.joinCode)}`);
  const sent: string[] = [];
  const failed: { email: string; id: string }[] = [];
  let serverUnreachable = false;
  const queue = [...reserved.toSend];
  async function worker() {
    for (let next = queue.shift(); next; next = queue.shift()) {
      if (serverUnreachable) {
        failed.push(next);
        continue;
      }
      try {
        await sendMail(composeInvitationEmail({ to: next.email, className, teacherName: teacher.name, teacherLocale: teacher.locale, link }));
        sent.push(next.email);
      } catch (error) {
        failed.push(next);
        const code = (error as { code?: unknown } | null)?.code;
        if (typeof code !== "string" || !MESSAGE_REFUSED.has(code)) serverUnreachable = true;
        console.error(`Sending a roster invitation failed (${String(code)})`, error);
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  // Only mail that left counts: a refused or unsent message gives its place in the quota back.
  if (failed.length > 0) await db.rosterInvitationEmail.deleteMany({ where: { id: { in: failed.map((f) => f.id) }, teacherId } });

  const order = (emails: string[]) => {
    const set = new Set(emails);
    return candidates.filter((email) => set.has(email));
  };
  return {
    sent: order(sent),
    refused: reserved.refused,
    failed: order(failed.map((f) => f.email)),
    serverUnreachable,
    alreadyMembers,
    alreadyInvited: reserved.alreadyInvited,
    bad: roster.bad,
    duplicates: roster.duplicates,
    limits: { ...limits },
    leftToday: reserved.leftAfter + failed.length,
  };
}
