"use client";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import type { RosterSendingDto } from "@/lib/teach/dto";

function Addresses({ emails }: { emails: string[] }) {
  return (
    <ul className="mt-1 list-disc pl-5">
      {emails.map((email) => (
        <li key={email} className="font-mono break-all">
          {email}
        </li>
      ))}
    </ul>
  );
}

/** What "Send invitations" did: sent, refused over the limit, failed at the mail server, skipped. */
export function InvitationsSent({ result }: { result: RosterSendingDto }) {
  const t = useT("manage");
  const notSent = result.failed.length;
  return (
    <div className="space-y-3" data-testid="invitations-sent">
      {result.serverUnreachable ? (
        <Alert tone="error">{t("inviteServerDown", { n: notSent })}</Alert>
      ) : notSent > 0 ? (
        <Alert tone="error" title={t("inviteFailedHeading", { n: notSent })}>
          <Addresses emails={result.failed} />
        </Alert>
      ) : null}
      <Alert tone={result.sent.length > 0 ? "success" : "info"} title={t("inviteSent", { n: result.sent.length })}>
        {result.sent.length > 0 ? <Addresses emails={result.sent} /> : null}
        <p className="mt-1">{t("inviteLeftToday", { n: result.leftToday })}</p>
      </Alert>
      {result.refused.length > 0 ? (
        <Alert tone="error" title={t("inviteRefusedHeading", { n: result.refused.length })}>
          <Addresses emails={result.refused} />
          <p className="mt-1">{t("inviteLimits", result.limits)}</p>
        </Alert>
      ) : null}
      {result.alreadyInvited.length > 0 ? <p className="text-sm text-muted">{t("inviteAlreadyInvited", { n: result.alreadyInvited.length })}</p> : null}
      {result.alreadyMembers.length > 0 ? <p className="text-sm text-muted">{t("inviteMembersSkipped", { n: result.alreadyMembers.length })}</p> : null}
    </div>
  );
}
