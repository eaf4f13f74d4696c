import "server-only";
import { MAX_ROSTER_EMAILS } from "@/lib/schemas/teach-manage";
import type { RosterInvitationDto } from "@/lib/teach/dto";
import { parseEmailList } from "@/lib/teach/email-list";
import { db } from "../db";
import { AppError } from "../errors";
import { requireOwnClass } from "./manage-class";

/**
 * Reads a roster (pasted, or a file's text) for one of the teacher's active classes: the valid
 * addresses, each with whether it is already on the roster, and every line that is not one, by
 * number. Refuses another teacher's class (404) and an archived one. Whether an address has an
 * account is not said, only whether it is already on this class's roster.
 */
export async function readRoster(options: { teacherId: string; classId: string; text: string }): Promise<{ roster: RosterInvitationDto; className: string }> {
  const { teacherId, classId, text } = options;
  const own = await requireOwnClass(teacherId, classId);
  const parsed = parseEmailList(text);
  if (parsed.emails.length === 0 && parsed.bad.length === 0) throw new AppError("INVALID_INPUT", { fieldErrors: { text: ["manage.inviteEmpty"] } });
  if (parsed.emails.length > MAX_ROSTER_EMAILS) throw new AppError("INVALID_INPUT", { fieldErrors: { text: ["manage.inviteTooMany"] } });
  const [classroom, members] = await Promise.all([
    db.classroom.findFirstOrThrow({ where: { id: classId, teacherId }, select: { joinCode: true } }),
    db.classMember.findMany({ where: { classId, classroom: { teacherId } }, select: { studentId: true } }),
  ]);
  const memberEmails = new Set(
    (
      await db.user.findMany({
        where: { id: { in: members.map((m) => m.studentId) }, email: { in: parsed.emails, mode: "insensitive" } },
        select: { email: true },
      })
    ).map((u) => u.email.toLowerCase()),
  );
  const roster: RosterInvitationDto = {
    joinCode: classroom.joinCode,
    invites: parsed.emails.map((email) => ({ email, alreadyMember: memberEmails.has(email) })),
    bad: parsed.bad,
    duplicates: parsed.duplicates,
  };
  return { roster, className: own.name };
}

/**
 * The "Check the list" step: the roster read as above, with the class's join link for the page
 * to offer to copy or as an email draft (Bcc). Nothing is stored and no email is sent
 * (sendRosterInvitations does that, where the deployment has SMTP).
 */
export async function inviteRoster(options: { teacherId: string; classId: string; text: string }): Promise<RosterInvitationDto> {
  return (await readRoster(options)).roster;
}
