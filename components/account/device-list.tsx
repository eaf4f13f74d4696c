"use client";
// The signed-in devices, each with Sign out, and "Sign out everywhere". Signing out this very
// device (or everywhere) ends this session: the action redirects to the home page.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import { revokeDeviceAction, signOutEverywhereAction } from "@/lib/server/account/actions";
import type { DeviceDto } from "@/lib/account/dto";

export function DeviceList({ devices }: { devices: DeviceDto[] }) {
  const t = useT("account");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error" | "info"; text: string } | null>(null);

  const revoke = (device: DeviceDto) =>
    startTransition(async () => {
      const result = await revokeDeviceAction({ deviceId: device.id });
      if (!result.ok) setMessage({ tone: "error", text: result.message });
      else setMessage({ tone: result.data.revoked ? "success" : "info", text: result.data.revoked ? t("deviceSignedOut") : t("deviceGone") });
      router.refresh();
    });
  const revokeAll = () =>
    startTransition(async () => {
      const result = await signOutEverywhereAction({});
      if (result && !result.ok) setMessage({ tone: "error", text: result.message });
    });

  const others = devices.filter((device) => !device.current);
  return (
    <div className="space-y-4" aria-busy={pending}>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <ul className="divide-y divide-border rounded-lg border border-border">
        {devices.map((device) => (
          <li key={device.id} className="flex flex-wrap items-center justify-between gap-3 p-3" data-testid="device">
            <div className="min-w-0">
              <p className="font-medium text-fg">
                {device.userAgent} {device.current ? <Badge className="ml-1">{t("thisDevice")}</Badge> : null}
              </p>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-sm text-muted">
                <dt>{t("signedInAt")}</dt>
                <dd>
                  <LocalTime iso={device.createdAt} />
                </dd>
                <dt>{t("lastSeenAt")}</dt>
                <dd>
                  <LocalTime iso={device.lastSeenAt} />
                </dd>
              </dl>
            </div>
            <Button
              variant="secondary"
              size="sm"
              disabled={pending}
              onClick={() => revoke(device)}
              aria-label={t("signOutDeviceNamed", { device: device.current ? t("thisDevice") : device.userAgent })}
            >
              {t("signOutDevice")}
            </Button>
          </li>
        ))}
      </ul>
      {others.length === 0 ? <p className="text-sm text-muted">{t("devicesEmpty")}</p> : null}
      <div>
        <Button variant="danger" disabled={pending} onClick={revokeAll} aria-describedby="sign-out-everywhere-hint">
          {t("signOutEverywhere")}
        </Button>
        <p id="sign-out-everywhere-hint" className="mt-1 text-sm text-muted">
          {t("signOutEverywhereHint")}
        </p>
      </div>
    </div>
  );
}
