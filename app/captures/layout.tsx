// The capture lab's messages, for its client components (the lab runs in the browser), and the
// simulator's, whose diagram labels and words it shares.
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["captures", "simulator"]}>{children}</ClientMessages>;
}
