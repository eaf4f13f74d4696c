import type { Metadata } from "next";
import { JoinForm } from "@/components/classes/join-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { findClassInvitation } from "@/lib/server/classes/find-class-invitation";
import { getT } from "@/lib/server/i18n";
import { getOptionalUser } from "@/lib/server/session";
import { formatJoinCode, normalizeJoinCode } from "@/lib/teach/join-code";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("teach"))("joinPageTitle") };
}

/**
 * The join link. It names the class and its teacher (the code is the secret, see
 * findClassInvitation), says at once when no class has the code, and sends a signed-out visitor
 * to sign in or sign up and back here. Joining is a button (a POST), never a side effect of
 * opening the link.
 */
export default async function JoinLinkPage({ params }: Props) {
  const [user, t] = await Promise.all([getOptionalUser(), getT("teach")]);
  let raw = "";
  try {
    raw = decodeURIComponent((await params).code);
  } catch {
    raw = "";
  }
  const code = normalizeJoinCode(raw);
  const invitation = code ? await findClassInvitation(code) : null;
  const here = `/classes/join/${code ?? ""}`;

  return (
    <div className="mx-auto max-w-xl">
      <Card>
        <CardTitle as="h1">{invitation ? t("joinInvitationTitle", { name: invitation.className }) : t("joinPageTitle")}</CardTitle>
        {!code ? (
          <Alert tone="error" className="mt-4">
            {t("joinCodeInvalid")}
          </Alert>
        ) : !invitation ? (
          <Alert tone="error" className="mt-4">
            {t("joinCodeUnknownNamed", { code: formatJoinCode(code) })}
          </Alert>
        ) : (
          <>
            <CardDescription className="text-base">
              {t("joinInvitationBody", { teacher: invitation.teacherName, name: invitation.className, code: formatJoinCode(code) })}
            </CardDescription>
            {!user ? (
              <div className="mt-6 space-y-3">
                <p>{t("joinSignedOut")}</p>
                <div className="flex flex-wrap gap-3">
                  <ButtonLink href={`/signin?next=${encodeURIComponent(here)}`}>{t("joinSignInToJoin")}</ButtonLink>
                  <ButtonLink href={`/signup?next=${encodeURIComponent(here)}`} variant="secondary">
                    {t("joinSignUpToJoin")}
                  </ButtonLink>
                </div>
              </div>
            ) : user.role === "TEACHER" ? (
              <Alert className="mt-4">{t("joinPageTeacher")}</Alert>
            ) : (
              <div className="mt-6">
                <JoinForm code={code} />
              </div>
            )}
          </>
        )}
      </Card>
    </div>
  );
}
