// The progress page is translated on the server; its client parts (a widget's error boundary, the error page) need these four messages.
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages pick={{ progress: ["title", "widgetError", "widgetDatabaseError", "retry"] }}>{children}</ClientMessages>;
}
