// The simulator's messages, for its client components (the simulator is one big client component),
// with the few words of the capture lab's pcap download and the teachers' "make a question" link.
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PCAP_BUTTON_KEYS } from "@/components/captures/pcap-button-keys";

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["simulator"]} pick={{ captures: PCAP_BUTTON_KEYS, authoring: ["makeQuestion", "makeQuestionHint"] }}>
      {children}
    </ClientMessages>
  );
}
