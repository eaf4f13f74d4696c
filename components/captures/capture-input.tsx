"use client";

import { useId, useState, type DragEvent } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import type { CaptureProfile } from "@/lib/capture";

export interface CaptureSample {
  file: string;
  name: string;
}

/** Where a capture comes from: a file picked or dropped, pasted tcpdump text, or a sample. */
export function CaptureInput({
  samples,
  profile,
  onProfile,
  onBytes,
  onTooLarge,
  busy,
  maxMiB,
}: {
  samples: readonly CaptureSample[];
  profile: CaptureProfile["name"];
  onProfile: (profile: CaptureProfile["name"]) => void;
  onBytes: (bytes: Uint8Array, name: string) => void;
  /** A file too large to read at all: its size, so the lab can say so without loading it. */
  onTooLarge: (size: number, name: string) => void;
  busy: boolean;
  maxMiB: number;
}) {
  const t = useT("captures");
  const fileId = useId();
  const textId = useId();
  const profileId = useId();
  const [text, setText] = useState("");
  const [dragging, setDragging] = useState(false);
  const [textError, setTextError] = useState<string | null>(null);

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > maxMiB * 1024 * 1024) return onTooLarge(file.size, file.name);
    onBytes(new Uint8Array(await file.arrayBuffer()), file.name);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void readFile(event.dataTransfer.files[0]);
  };
  const openSample = async (sample: CaptureSample) => {
    const response = await fetch(`/captures/${sample.file}`);
    onBytes(new Uint8Array(await response.arrayBuffer()), sample.file);
  };

  return (
    <section aria-labelledby={`${fileId}-heading`} className="rounded-xl border border-border bg-surface p-4 shadow-sm">
      <h2 id={`${fileId}-heading`} className="text-base font-semibold">
        {t("inputHeading")}
      </h2>
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`mt-3 rounded-lg border-2 border-dashed p-4 ${dragging ? "border-accent bg-accent-soft" : "border-border"}`}
      >
        <label htmlFor={fileId} className="block text-sm font-medium">
          {t("chooseFile")}
        </label>
        <input
          id={fileId}
          type="file"
          accept=".pcap,.pcapng,.cap,.txt,application/vnd.tcpdump.pcap"
          disabled={busy}
          onChange={(event) => void readFile(event.target.files?.[0])}
          className="mt-2 block w-full text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:bg-accent file:px-4 file:text-accent-fg"
        />
        <p className="mt-2 text-sm text-muted">{t("dropHint")}</p>
        <p className="mt-1 text-sm text-muted">{t("fileLimit", { size: maxMiB })}</p>
      </div>
      <div className="mt-4">
        <label htmlFor={textId} className="block text-sm font-medium">
          {t("pasteLabel")}
        </label>
        <textarea
          id={textId}
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={4}
          placeholder={t("pastePlaceholder")}
          className="mt-2 block w-full rounded-lg border border-border bg-surface-raised p-2 font-mono text-xs"
          aria-describedby={textError ? `${textId}-error` : undefined}
        />
        {textError ? (
          <p id={`${textId}-error`} className="mt-1 text-sm text-danger" aria-live="polite">
            {textError}
          </p>
        ) : null}
        <Button
          className="mt-2"
          size="sm"
          variant="secondary"
          disabled={busy}
          onClick={() => {
            if (!text.trim()) return setTextError(t("emptyText"));
            setTextError(null);
            onBytes(new TextEncoder().encode(text), "tcpdump.txt");
          }}
        >
          {t("analyseText")}
        </Button>
      </div>
      {samples.length > 0 ? (
        <div className="mt-4">
          <p className="text-sm font-medium">{t("samplesHeading")}</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {samples.map((sample) => (
              <li key={sample.file}>
                <Button size="sm" variant="secondary" disabled={busy} onClick={() => void openSample(sample)}>
                  {sample.name}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="mt-4">
        <label htmlFor={profileId} className="block text-sm font-medium">
          {t("profileLabel")}
        </label>
        <select
          id={profileId}
          value={profile}
          onChange={(event) => onProfile(event.target.value === "linux" ? "linux" : "rfc")}
          className="mt-2 min-h-11 w-full rounded-lg border border-border bg-surface-raised px-2 text-sm sm:w-auto"
        >
          <option value="rfc">{t("profile_rfc")}</option>
          <option value="linux">{t("profile_linux")}</option>
        </select>
      </div>
    </section>
  );
}
