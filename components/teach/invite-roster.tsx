"use client";
import { useBrowserValue } from "@/components/ui/use-browser-value";
import { useActionState, useRef, useState, type ChangeEvent } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/label";
import { MAX_ROSTER_CHARACTERS } from "@/lib/schemas/teach-manage";
import { formatJoinCode } from "@/lib/teach/join-code";
import { inviteRosterAction, sendRosterInvitationsAction } from "@/lib/server/teach/actions";
import type { ParsedRoster } from "@/lib/teach/email-list";
import { InvitationsSent } from "./invitations-sent";

/** The lines of a roster that were not used, by number, and how many repeats were dropped. */
function RosterLines({ bad, duplicates }: Pick<ParsedRoster, "bad" | "duplicates">) {
  const t = useT("manage");
  return (
    <>
      {bad.length > 0 ? (
        <Alert tone="error" title={t("inviteBadHeading", { n: bad.length })}>
          <ul className="list-disc pl-5">
            {bad.map((b) => (
              <li key={b.line} className="break-all">
                {t("inviteBadLine", {
                  line: b.line,
                  text: b.text,
                  reason: t(`inviteReason_${b.reason.replace("-", "_") as "no_email" | "invalid" | "several"}`),
                })}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {duplicates.length > 0 ? <p className="text-sm text-muted">{t("inviteDuplicates", { n: duplicates.length })}</p> : null}
    </>
  );
}

/**
 * Invite a roster: paste addresses or upload a CSV/text file. "Check the list" has the server
 * read it (bad lines by number) and answer with the addresses to invite, for the teacher to send
 * the join link themselves (copied with the list, or as an email draft in Bcc). Where the server
 * has SMTP (`canSend`), "Send invitations" emails each address the link, within a quota.
 */
export function InviteRoster({ classId, className, canSend }: { classId: string; className: string; canSend: boolean }) {
  const t = useT("manage");
  const [checked, checkAction, checking] = useActionState(inviteRosterAction, null);
  const [sending, sendAction, sendPending] = useActionState(sendRosterInvitationsAction, null);
  // The answer to the button pressed last.
  const [last, setLast] = useState<"check" | "send">("check");
  const state = last === "check" ? checked : sending;
  const pending = checking || sendPending;
  const [fileError, setFileError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const text = useRef<HTMLTextAreaElement>(null);
  const origin = useBrowserValue(() => window.location.origin, "");
  const failure = state && !state.ok ? state : null;
  const result = last === "check" && checked?.ok ? checked.data : null;
  const sent = last === "send" && sending?.ok ? sending.data : null;
  const link = result ? `${origin}/classes/join/${formatJoinCode(result.joinCode)}` : "";
  const toInvite = result ? result.invites.filter((i) => !i.alreadyMember).map((i) => i.email) : [];

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setFileError(null);
    if (!file || !text.current) return;
    try {
      const content = await file.slice(0, MAX_ROSTER_CHARACTERS * 2).text();
      text.current.value = content;
    } catch {
      setFileError(t("inviteFileError"));
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(`${toInvite.join(", ")}\n\n${link}`);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  const mailto = `mailto:?bcc=${encodeURIComponent(toInvite.join(","))}&subject=${encodeURIComponent(t("inviteSubject", { name: className }))}&body=${encodeURIComponent(t("inviteBody", { name: className, link }))}`;
  const textErrors = failure?.fieldErrors?.text ?? (fileError ? [fileError] : undefined);

  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">{t("inviteIntro")}</p>
      <p className="text-sm text-muted">{canSend ? t("inviteCanSend") : t("inviteNoMailer")}</p>
      <form action={checkAction} noValidate className="space-y-3">
        <input type="hidden" name="classId" value={classId} />
        <div>
          <Label htmlFor="invite-emails">{t("inviteLabel")}</Label>
          <textarea
            ref={text}
            id="invite-emails"
            name="text"
            rows={6}
            maxLength={MAX_ROSTER_CHARACTERS}
            defaultValue={failure?.values?.text ?? ""}
            aria-invalid={textErrors ? true : undefined}
            aria-describedby={textErrors ? "invite-emails-error" : undefined}
            className="mt-1.5 block w-full rounded-lg border border-border-strong bg-surface px-3 py-2 font-mono text-sm text-fg"
          />
          <FieldError id="invite-emails-error" messages={textErrors} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <div>
            <Label htmlFor="invite-file">{t("inviteFile")}</Label>
            <input
              id="invite-file"
              type="file"
              accept=".csv,.txt,text/csv,text/plain"
              onChange={(event) => void readFile(event)}
              className="mt-1.5 block max-w-full text-sm"
            />
          </div>
          <Button type="submit" variant={canSend ? "secondary" : "primary"} disabled={pending} onClick={() => setLast("check")} className="self-end">
            {checking ? t("inviteChecking") : t("inviteSubmit")}
          </Button>
          {canSend ? (
            <Button type="submit" formAction={sendAction} disabled={pending} onClick={() => setLast("send")} className="self-end">
              {sendPending ? t("inviteSendingNow") : t("inviteSend")}
            </Button>
          ) : null}
        </div>
      </form>
      <div aria-live="polite" className="space-y-3">
        {failure && !failure.fieldErrors?.text ? <Alert tone="error">{failure.message}</Alert> : null}
        {result || sent ? <RosterLines bad={(result ?? sent)!.bad} duplicates={(result ?? sent)!.duplicates} /> : null}
        {sent ? <InvitationsSent result={sent} /> : null}
        {result ? <>{result.invites.length > 0 ? <Alert tone="success" title={t("inviteReady", { n: toInvite.length })} /> : null}</> : null}
      </div>
      {result && result.invites.length > 0 ? (
        <div className="space-y-3">
          <ul className="divide-y divide-border rounded-xl border border-border" aria-label={t("inviteLabel")}>
            {result.invites.map((invite) => (
              <li key={invite.email} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
                <span className="font-mono break-all">{invite.email}</span>
                {invite.alreadyMember ? <span className="text-muted">{t("inviteAlreadyMember")}</span> : null}
              </li>
            ))}
          </ul>
          <p className="text-sm">
            <span className="font-medium">{t("inviteLinkLabel")}</span>
            <code className="ms-1 break-all">{link}</code>
          </p>
          {toInvite.length > 0 ? (
            <div className="flex flex-wrap gap-2">
              <Button size="sm" variant="secondary" onClick={() => void copy()}>
                {copied ? t("inviteCopied") : t("inviteCopyList")}
              </Button>
              <a
                href={mailto}
                className="inline-flex min-h-9 items-center rounded-lg border border-border-strong bg-surface px-3 text-sm font-medium text-fg hover:bg-surface-raised focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
              >
                {t("inviteEmailDraft")}
              </a>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
