// The flashcards' messages for their client components, sent with the part of a page that uses
// them (issue 12): the review, the card browser and the guest's sample card get the whole
// namespace and the diagram's words the card backs share with practice; the flashcards home gets
// only the keys of its settings form and deck list (FLASHCARDS_HOME_KEYS).
import "server-only";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DIAGRAM_LABEL_KEYS } from "@/components/practice/diagram-labels";
import { FLASHCARDS_HOME_KEYS } from "./home-message-keys";
import { PCAP_BUTTON_KEYS } from "@/components/captures/pcap-button-keys";

export function FlashcardMessages({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["flashcards"]} pick={{ practice: DIAGRAM_LABEL_KEYS, captures: PCAP_BUTTON_KEYS }}>
      {children}
    </ClientMessages>
  );
}

export function FlashcardHomeMessages({ children }: { children: ReactNode }) {
  return <ClientMessages pick={{ flashcards: FLASHCARDS_HOME_KEYS }}>{children}</ClientMessages>;
}
