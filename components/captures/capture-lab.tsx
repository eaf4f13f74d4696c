"use client";

import { useEffect, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import {
  analyseCapture,
  captureErrorText,
  isCaptureError,
  MAX_CAPTURE_BYTES,
  tooLargeError,
  type CaptureAnalysis,
  type CaptureError,
  type CaptureProfile,
} from "@/lib/capture";
import type { SavedCaptureSummary } from "@/lib/capture/dto";
import { CaptureAccount } from "./capture-account";
import { CaptureInput, type CaptureSample } from "./capture-input";
import { ConnectionList } from "./connection-list";
import { ConnectionView } from "./connection-view";

type Loaded = { bytes: Uint8Array; name: string };
/** A reader's error keeps its code, so it is shown in the page's language; anything else (a bug) as it came. */
type Failure = { error: CaptureError } | { text: string };
type Result =
  { status: "idle" } | { status: "analysing" } | { status: "error"; failure: Failure; name?: string } | { status: "done"; analysis: CaptureAnalysis };
const failureOf = (error: unknown): Failure => (isCaptureError(error) ? { error } : { text: String(error) });

/**
 * The capture lab: the file is read and analysed here, in the browser (lib/capture is pure);
 * nothing leaves it unless a signed-in learner saves it (`saveSlot`).
 */
export function CaptureLab({
  samples,
  initial,
  saved,
  canAuthor = false,
  showAccount = true,
}: {
  samples: readonly CaptureSample[];
  initial?: Loaded | null;
  saved: SavedCaptureSummary[] | null;
  canAuthor?: boolean;
  /** False where the capture is someone else's (a teacher reading a hand-in): no saving, no questions. */
  showAccount?: boolean;
}) {
  const t = useT("captures");
  const [loaded, setLoaded] = useState<Loaded | null>(initial ?? null);
  const [profile, setProfile] = useState<CaptureProfile["name"]>("rfc");
  const [result, setResult] = useState<Result>({ status: initial ? "analysing" : "idle" });
  const [selected, setSelected] = useState(0);
  const [savedId, setSavedId] = useState<string | null>(null);

  const analyse = (next: Loaded, nextProfile: CaptureProfile["name"]) => {
    setLoaded(next);
    setResult({ status: "analysing" });
    // Let "Analysing…" paint before the (synchronous) analysis of a large file.
    setTimeout(() => {
      try {
        setResult({ status: "done", analysis: analyseCapture(next.bytes, nextProfile) });
      } catch (error) {
        setResult({ status: "error", failure: failureOf(error) });
      }
    }, 0);
  };

  useEffect(() => {
    if (!initial) return;
    const timer = setTimeout(() => {
      try {
        setResult({ status: "done", analysis: analyseCapture(initial.bytes, "rfc") });
      } catch (error) {
        setResult({ status: "error", failure: failureOf(error) });
      }
    }, 0);
    return () => clearTimeout(timer);
  }, [initial]);

  const analysis = result.status === "done" ? result.analysis : null;
  const connection = analysis?.connections[selected];
  return (
    <div className="flex flex-col gap-4">
      <CaptureInput
        samples={samples}
        profile={profile}
        onProfile={(next) => {
          setProfile(next);
          if (loaded) analyse(loaded, next);
        }}
        busy={result.status === "analysing"}
        maxMiB={MAX_CAPTURE_BYTES / 1024 / 1024}
        onTooLarge={(size, name) => {
          setLoaded(null);
          setSavedId(null);
          setResult({ status: "error", failure: { error: tooLargeError(size) }, name });
        }}
        onBytes={(bytes, name) => {
          setSelected(0);
          setSavedId(null);
          analyse({ bytes, name }, profile);
        }}
      />
      <div aria-live="polite">
        {loaded ? <p className="text-sm font-medium break-all">{t("fileName", { name: loaded.name })}</p> : null}
        {result.status === "analysing" ? <p className="text-sm text-muted">{t("analysing")}</p> : null}
        {analysis ? (
          <p className="text-sm">
            {analysis.connections.length === 0
              ? t("noTcp", { packets: analysis.packets })
              : t("summary", { packets: analysis.packets, ignored: analysis.ignored, connections: analysis.connections.length })}
          </p>
        ) : null}
      </div>
      {result.status === "error" ? (
        <Alert tone="error" title={t("errorIntro")}>
          {result.name ? <p className="break-all">{t("fileName", { name: result.name })}</p> : null}
          <code className="break-all">{"error" in result.failure ? captureErrorText(t, result.failure.error) : result.failure.text}</code>
        </Alert>
      ) : null}
      {saved && showAccount ? (
        <CaptureAccount
          initialSaved={saved}
          loaded={result.status === "done" ? loaded : null}
          savedId={savedId}
          connection={selected}
          onOpen={(bytes, name, id) => {
            setSavedId(id);
            if (loaded?.bytes !== bytes) {
              setSelected(0);
              analyse({ bytes, name }, profile);
            }
          }}
        />
      ) : showAccount ? (
        <p className="text-sm text-muted">{t("signInToSave")}</p>
      ) : null}
      {analysis && analysis.connections.length > 0 ? (
        <>
          <ConnectionList connections={analysis.connections} selected={selected} onSelect={setSelected} />
          {connection ? (
            <ConnectionView
              key={`${loaded?.name}-${selected}-${profile}`}
              connection={connection}
              index={selected}
              fileName={loaded?.name}
              canAuthor={canAuthor}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
