"use client";

import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import type { Scenario, Trace } from "@/lib/tcp";

// The writer (lib/capture/scenario-pcap.ts, with the engine, its scenario schema and the capture
// errors' English texts) loads on the first click: on the pages that offer the button it was
// about 50 kB of their JavaScript (gzip) before anyone asked for a file (issue 12's budget of
// 170 kB for /practice and /flashcards).
const loadWriter = () => import("@/lib/capture/scenario-pcap");

/** "Download as pcap": a run as a file Wireshark opens (lib/capture/scenario-pcap.ts), made in the browser. */
export function PcapDownloadButton({ scenario, trace, name = "handshake-run" }: { scenario?: Scenario; trace?: Trace; name?: string }) {
  const t = useT("captures");
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    let writer: Awaited<ReturnType<typeof loadWriter>>;
    try {
      writer = await loadWriter();
    } catch {
      return setError(t("downloadPcapFailed"));
    }
    let bytes: Uint8Array | null;
    try {
      bytes = scenario ? writer.scenarioToPcap(scenario) : trace ? writer.traceToPcap(trace) : null;
    } catch (failure) {
      // A run too large to write: said in the page's language, like the reader's errors.
      if (!writer.isCaptureError(failure)) throw failure;
      return setError(writer.captureErrorText(t, failure));
    }
    setError(null);
    if (!bytes) return;
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/vnd.tcpdump.pcap" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `${name.replace(/[^\w.-]+/g, "-").slice(0, 60) || "handshake-run"}.pcap`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <>
      <Button size="sm" variant="secondary" onClick={() => void download()} title={t("downloadPcapHint")}>
        {t("downloadPcap")}
      </Button>
      <span role="status" className="text-sm text-danger">
        {error}
      </span>
    </>
  );
}
