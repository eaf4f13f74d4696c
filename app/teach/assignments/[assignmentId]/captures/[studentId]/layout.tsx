// A handed-in capture in the capture lab: the lab's messages and the simulator's diagram labels.
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["captures", "simulator"]}>{children}</ClientMessages>;
}
