"use client";

import { useState, useTransition } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { MAX_SAVED_CAPTURE_BYTES } from "@/lib/schemas/captures";
import { deleteCaptureAction, openCaptureAction, saveCaptureAction } from "@/lib/server/captures/actions";
import type { SavedCaptureSummary } from "@/lib/capture/dto";
import { CaptureQuestions } from "./capture-questions";

const toBase64 = (bytes: Uint8Array): string => {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};
const fromBase64 = (data: string): Uint8Array => Uint8Array.from(atob(data), (c) => c.charCodeAt(0));

/**
 * For a signed-in learner: save the capture being viewed (private, at most 1 MiB), reopen or
 * delete saved ones, and answer questions about a saved one (graded on the server).
 */
export function CaptureAccount({
  initialSaved,
  loaded,
  savedId,
  connection,
  onOpen,
}: {
  initialSaved: SavedCaptureSummary[];
  loaded: { bytes: Uint8Array; name: string } | null;
  savedId: string | null;
  connection: number;
  onOpen: (bytes: Uint8Array, name: string, id: string) => void;
}) {
  const t = useT("captures");
  const locale = useLocale();
  const [saved, setSaved] = useState(initialSaved);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, start] = useTransition();
  const limitKiB = MAX_SAVED_CAPTURE_BYTES / 1024;

  const save = () =>
    start(async () => {
      if (!loaded) return;
      const result = await saveCaptureAction({ name: loaded.name.slice(0, 120), data: toBase64(loaded.bytes) });
      if (!result.ok) return setMessage({ tone: "error", text: result.message });
      setSaved(result.data.list);
      setMessage({ tone: "success", text: t("savedAs", { name: result.data.saved.name }) });
      onOpen(loaded.bytes, result.data.saved.name, result.data.saved.id);
    });
  const open = (id: string) =>
    start(async () => {
      const result = await openCaptureAction({ id });
      if (!result.ok) return setMessage({ tone: "error", text: result.message });
      setMessage(null);
      onOpen(fromBase64(result.data.data), result.data.name, id);
    });
  const remove = (id: string) =>
    start(async () => {
      const result = await deleteCaptureAction({ id });
      if (!result.ok) return setMessage({ tone: "error", text: result.message });
      setSaved(result.data.list);
    });

  return (
    <section aria-labelledby="capture-account" className="rounded-xl border border-border bg-surface p-4 shadow-sm">
      <h2 id="capture-account" className="text-base font-semibold">
        {t("saveHeading")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("saveIntro", { size: limitKiB })}</p>
      {loaded && !savedId ? (
        loaded.bytes.length > MAX_SAVED_CAPTURE_BYTES ? (
          <p className="mt-2 text-sm">{t("tooBigToSave", { size: limitKiB })}</p>
        ) : (
          <Button className="mt-2" size="sm" onClick={save} disabled={pending}>
            {pending ? t("saving") : t("saveButton")}
          </Button>
        )
      ) : null}
      {message ? (
        <Alert tone={message.tone} className="mt-2">
          {message.text}
        </Alert>
      ) : null}
      <h3 className="mt-4 text-sm font-semibold">{t("savedHeading")}</h3>
      {saved.length === 0 ? (
        <p className="mt-1 text-sm text-muted">{t("savedEmpty")}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-1">
          {saved.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-2 text-sm">
              <Button size="sm" variant="ghost" onClick={() => open(c.id)} disabled={pending} aria-label={t("openSaved", { name: c.name })}>
                {c.name}
              </Button>
              <span className="text-muted">{t("savedOn", { date: new Date(c.createdAt).toLocaleDateString(locale === "zh" ? "zh-CN" : "en-GB") })}</span>
              <Button size="sm" variant="ghost" onClick={() => remove(c.id)} disabled={pending} aria-label={t("deleteSaved", { name: c.name })}>
                ✕
              </Button>
            </li>
          ))}
        </ul>
      )}
      {savedId ? (
        <CaptureQuestions captureId={savedId} connection={connection} />
      ) : loaded ? (
        <p className="mt-4 text-sm text-muted">{t("questionsNeedSave")}</p>
      ) : null}
    </section>
  );
}
