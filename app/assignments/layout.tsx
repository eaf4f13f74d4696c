// The assignment pages' client components: the teach keys the runner and the start button use (not
// the whole teach catalogue, which was 15 kB of every assignment page, issue 12). Practice's
// messages come with the part of the page that uses them (app/assignments/[assignmentId]/page.tsx):
// all of them with the runner of an attempt under way, the verdict panel's with a review.
import type { ReactNode } from "react";
import { ClientMessages, type MessagePick } from "@/components/i18n/client-messages";
import { PCAP_BUTTON_KEYS } from "@/components/captures/pcap-button-keys";

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
  captures: PCAP_BUTTON_KEYS,
  manage: ["timeLeft", "timeLeftLabel", "timeAlmostUp", "timeUpSubmitting"],
};

export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages pick={CLIENT_PICK}>{children}</ClientMessages>;
}
