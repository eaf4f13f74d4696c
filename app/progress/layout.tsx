// The progress page is translated on the server; its client parts (a widget's error boundary, the
// error page, the concept list, the activity grid's tooltips) need these messages.
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

const CLIENT_KEYS = [
  "title",
  "widgetError",
  "widgetDatabaseError",
  "retry",
  "masteryAnswers",
  "masteryNone",
  "masteryValue",
  "masteryLesson",
  "masteryLessonConcept",
  "masteryPractise",
  "masteryPractiseConcept",
  "calendarDayTitle",
] as const;

export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages pick={{ progress: CLIENT_KEYS }}>{children}</ClientMessages>;
}
