// The simulator's messages, for its client components (the simulator is one big client component).
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["simulator"]}>{children}</ClientMessages>;
}
