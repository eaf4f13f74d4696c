// The teacher pages' client components (forms, roster, local times). The question bank's editor
// has its own layout for the authoring messages, which no other teacher page uses (6 kB of every
// teacher page's payload otherwise, issue 12).
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["teach", "manage"]}>{children}</ClientMessages>;
}
