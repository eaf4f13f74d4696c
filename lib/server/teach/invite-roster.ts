import "server-only";
import { MAX_ROSTER_EMAILS } from "@/lib/schemas/teach-manage";
import type { RosterInvitationDto } from "@/lib/teach/dto";
import { parseEmailList } from "@/lib/teach/email-list";
import { db } from "../db";
import { AppError } from "../errors";
import { requireOwnClass } from "./manage-class";

/**
 * Reads a roster (pasted, or a file's text) for one of the teacher's active classes: the valid
 * addresses, each with the class's join link to send, and every line that is not one, by number.
 * Nothing is stored and no email is sent: Handshake has no mail server of its own yet, so the
 * teacher sends the link (the page offers the list to copy and an email draft). Whether an
 * address already has an account is not said, only whether it is already on this class's roster.
 */
export async function inviteRoster(options: { teacherId: string; classId: string; text: string }): Promise<RosterInvitationDto> {
  const { teacherId, classId, text } = options;
  await requireOwnClass(teacherId, classId);
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
  return {
    joinCode: classroom.joinCode,
    invites: parsed.emails.map((email) => ({ email, alreadyMember: memberEmails.has(email) })),
    bad: parsed.bad,
    duplicates: parsed.duplicates,
  };
}
