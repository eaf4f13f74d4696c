// The assignment runner: its own messages and practice's answer inputs and diagram.
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages
      namespaces={["teach", "practice"]}
      pick={{ captures: ["downloadPcap", "downloadPcapHint"], manage: ["timeLeft", "timeLeftLabel", "timeAlmostUp", "timeUpSubmitting"] }}
    >
      {children}
    </ClientMessages>
  );
}
