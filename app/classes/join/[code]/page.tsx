import type { Metadata } from "next";
import { JoinForm } from "@/components/classes/join-form";
import { Alert } from "@/components/ui/alert";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { getT } from "@/lib/server/i18n";
import { requireUser } from "@/lib/server/session";
import { formatJoinCode, normalizeJoinCode } from "@/lib/teach/join-code";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("teach"))("joinPageTitle") };
}

/**
 * The join link. Anonymous visitors sign in first and come back here; joining is a button (a POST),
 * never a side effect of opening the link. The class is not named before joining, so a link does
 * not reveal anything a wrong code would not.
 */
export default async function JoinLinkPage({ params }: Props) {
  const user = await requireUser();
  const t = await getT("teach");
  const raw = decodeURIComponent((await params).code);
  const code = normalizeJoinCode(raw);
  return (
    <div className="mx-auto max-w-xl">
      <Card>
        <CardTitle as="h1">{t("joinPageTitle")}</CardTitle>
        {user.role === "TEACHER" ? (
          <Alert className="mt-4">{t("joinPageTeacher")}</Alert>
        ) : code ? (
          <>
            <CardDescription className="text-base">{t("joinPageBody", { code: formatJoinCode(code) })}</CardDescription>
            <div className="mt-6">
              <JoinForm code={code} />
            </div>
          </>
        ) : (
          <Alert tone="error" className="mt-4">
            {t("joinCodeInvalid")}
          </Alert>
        )}
      </Card>
    </div>
  );
}
