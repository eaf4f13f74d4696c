// The assignment runner: its own messages (the keys its client components use, not the whole
// teach catalogue, which was 15 kB of every assignment page, issue 12) and practice's answer
// inputs and diagram.
import type { ReactNode } from "react";
import { ClientMessages, type MessagePick } from "@/components/i18n/client-messages";

const CLIENT_PICK: MessagePick = {
  teach: [
    "starting",
    "networkError",
    "submitConfirm",
    "submitConfirmAll",
    "attemptOf",
    "answeredCount",
    "itemNav",
    "itemButton",
    "itemButtonAnswered",
    "questionOf",
    "savedAnswer",
    "savedNoKey",
    "when_AFTER_DUE",
    "when_NEVER",
    "hintTeacherSees",
    "saving",
    "saveAnswer",
    "previous",
    "next",
    "submitting",
    "submit",
  ],
  captures: ["downloadPcap", "downloadPcapHint"],
  manage: ["timeLeft", "timeLeftLabel", "timeAlmostUp", "timeUpSubmitting"],
};

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["practice"]} pick={CLIENT_PICK}>
      {children}
    </ClientMessages>
  );
}
