import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { DeviceList } from "@/components/account/device-list";
import { EmailForm } from "@/components/account/email-form";
import { PasswordForm } from "@/components/account/password-form";
import { ProfileForm } from "@/components/account/profile-form";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { getDeletionImpact } from "@/lib/server/account/delete-account";
import { listDevices } from "@/lib/server/devices";
import { getT } from "@/lib/server/i18n";
import { getCurrentDeviceId, requireUser } from "@/lib/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("account"))("title") };
}

/** The signed-in user's own settings: profile, email, password, devices, data, deletion. */
export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  // Set by changePasswordAction's redirect: how many sessions the change ended (this one included).
  const passwordChanged = z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .safeParse((await searchParams).passwordChanged).data;
  const [t, currentDeviceId, impact] = await Promise.all([getT("account"), getCurrentDeviceId(), getDeletionImpact(user.id)]);
  const devices = await listDevices({ userId: user.id, currentDeviceId });
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header>
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-2 leading-relaxed text-muted">{t("intro")}</p>
      </header>
      {passwordChanged ? <Alert tone="success">{t("passwordChanged", { count: passwordChanged })}</Alert> : null}
      <Card aria-labelledby="profile-title">
        <CardTitle id="profile-title">{t("profileTitle")}</CardTitle>
        <div className="mt-4">
          <ProfileForm name={user.name} locale={user.locale} />
        </div>
      </Card>
      <Card aria-labelledby="email-title">
        <CardTitle id="email-title">{t("emailTitle")}</CardTitle>
        <CardDescription>{t("emailIntro")}</CardDescription>
        <div className="mt-4">
          <EmailForm email={user.email} />
        </div>
      </Card>
      <Card aria-labelledby="password-title">
        <CardTitle id="password-title">{t("passwordTitle")}</CardTitle>
        <CardDescription>{t("passwordIntro")}</CardDescription>
        <div className="mt-4">
          <PasswordForm account={{ name: user.name, email: user.email }} />
        </div>
      </Card>
      <Card aria-labelledby="devices-title">
        <CardTitle id="devices-title">{t("devicesTitle")}</CardTitle>
        <CardDescription>{t("devicesIntro")}</CardDescription>
        <div className="mt-4">
          <DeviceList devices={devices} />
        </div>
      </Card>
      <Card aria-labelledby="data-title">
        <CardTitle id="data-title">{t("dataTitle")}</CardTitle>
        <CardDescription>{t("dataIntro")}</CardDescription>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          {/* A plain link: the browser downloads the file (Content-Disposition), no client code. */}
          <a href="/account/export" download className={buttonClasses({ variant: "secondary" })}>
            {t("exportData")}
          </a>
          <Link href="/privacy" className="font-medium text-accent underline-offset-4 hover:underline">
            {t("privacyLink")}
          </Link>
        </div>
      </Card>
      <Card aria-labelledby="delete-title" className="border-danger-border">
        <CardTitle id="delete-title">{t("deleteTitle")}</CardTitle>
        <div id="delete-impact" className="mt-1.5 space-y-2 text-sm leading-relaxed text-muted">
          <p>{t("deleteStudent")}</p>
          {impact.classes > 0 ? <p>{t("deleteTeacher", { classes: impact.classes, students: impact.students, assignments: impact.assignments })}</p> : null}
        </div>
        <div className="mt-4">
          <DeleteAccountForm describedBy="delete-impact" />
        </div>
      </Card>
    </div>
  );
}
