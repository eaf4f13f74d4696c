// The flashcards' messages, and the diagram's words the card backs share with practice.
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DIAGRAM_LABEL_KEYS } from "@/components/practice/diagram-labels";
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["flashcards"]} pick={{ practice: DIAGRAM_LABEL_KEYS, captures: ["downloadPcap", "downloadPcapHint"] }}>
      {children}
    </ClientMessages>
  );
}
