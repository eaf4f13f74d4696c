"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { scenarioToPcap, traceToPcap } from "@/lib/capture/scenario-pcap";
import type { Scenario, Trace } from "@/lib/tcp";

/** "Download as pcap": a run as a file Wireshark opens (lib/capture/scenario-pcap.ts), made in the browser. */
export function PcapDownloadButton({ scenario, trace, name = "handshake-run" }: { scenario?: Scenario; trace?: Trace; name?: string }) {
  const t = useT("captures");
  const download = () => {
    const bytes = scenario ? scenarioToPcap(scenario) : trace ? traceToPcap(trace) : null;
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
    <Button size="sm" variant="secondary" onClick={download} title={t("downloadPcapHint")}>
      {t("downloadPcap")}
    </Button>
  );
}
