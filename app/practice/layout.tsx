// The practice runner's messages, for the client components of /practice only.
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["practice"]} pick={{ captures: ["downloadPcap", "downloadPcapHint"] }}>
      {children}
    </ClientMessages>
  );
}
