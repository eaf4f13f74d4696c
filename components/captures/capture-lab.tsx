"use client";

import { useEffect, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { analyseCapture, isCaptureError, MAX_CAPTURE_BYTES, tooLargeMessage, type CaptureAnalysis, type CaptureProfile } from "@/lib/capture";
import type { SavedCaptureSummary } from "@/lib/capture/dto";
import { CaptureAccount } from "./capture-account";
import { CaptureInput, type CaptureSample } from "./capture-input";
import { ConnectionList } from "./connection-list";
import { ConnectionView } from "./connection-view";

type Loaded = { bytes: Uint8Array; name: string };
type Result = { status: "idle" } | { status: "analysing" } | { status: "error"; message: string } | { status: "done"; analysis: CaptureAnalysis };

/**
 * The capture lab: the file is read and analysed here, in the browser (lib/capture is pure);
 * nothing leaves it unless a signed-in learner saves it (`saveSlot`).
 */
export function CaptureLab({ samples, initial, saved }: { samples: readonly CaptureSample[]; initial?: Loaded | null; saved: SavedCaptureSummary[] | null }) {
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
        setResult({ status: "error", message: isCaptureError(error) ? error.message : String(error) });
      }
    }, 0);
  };

  useEffect(() => {
    if (!initial) return;
    const timer = setTimeout(() => {
      try {
        setResult({ status: "done", analysis: analyseCapture(initial.bytes, "rfc") });
      } catch (error) {
        setResult({ status: "error", message: isCaptureError(error) ? error.message : String(error) });
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
          setResult({ status: "error", message: `${name}: ${tooLargeMessage(size)}` });
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
          <code className="break-all">{result.message}</code>
        </Alert>
      ) : null}
      {saved ? (
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
      ) : (
        <p className="text-sm text-muted">{t("signInToSave")}</p>
      )}
      {analysis && analysis.connections.length > 0 ? (
        <>
          <ConnectionList connections={analysis.connections} selected={selected} onSelect={setSelected} />
          {connection ? <ConnectionView key={`${loaded?.name}-${selected}-${profile}`} connection={connection} index={selected} /> : null}
        </>
      ) : null}
    </div>
  );
}
