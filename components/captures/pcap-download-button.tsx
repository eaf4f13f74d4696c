"use client";

import { useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { captureErrorText, isCaptureError } from "@/lib/capture/capture-error";
import { scenarioToPcap, traceToPcap } from "@/lib/capture/scenario-pcap";
import type { Scenario, Trace } from "@/lib/tcp";

/** "Download as pcap": a run as a file Wireshark opens (lib/capture/scenario-pcap.ts), made in the browser. */
export function PcapDownloadButton({ scenario, trace, name = "handshake-run" }: { scenario?: Scenario; trace?: Trace; name?: string }) {
  const t = useT("captures");
  const [error, setError] = useState<string | null>(null);
  const download = () => {
    let bytes: Uint8Array | null;
    try {
      bytes = scenario ? scenarioToPcap(scenario) : trace ? traceToPcap(trace) : null;
    } catch (failure) {
      // A run too large to write: said in the page's language, like the reader's errors.
      if (!isCaptureError(failure)) throw failure;
      return setError(captureErrorText(t, failure));
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
      <Button size="sm" variant="secondary" onClick={download} title={t("downloadPcapHint")}>
        {t("downloadPcap")}
      </Button>
      <span role="status" className="text-sm text-danger">
        {error}
      </span>
    </>
  );
}
