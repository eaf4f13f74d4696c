// The teacher pages' client components (forms, roster, local times) get the teach and manage keys
// they look up (components/teach/client-message-keys.ts), not both namespaces whole (22 kB of
// every teacher page's payload, issue 12). The question bank's editor has its own layout for the
// authoring messages, which no other teacher page uses.
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { MANAGE_CLIENT_KEYS, TEACH_CLIENT_KEYS } from "@/components/teach/client-message-keys";

export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages pick={{ teach: TEACH_CLIENT_KEYS, manage: MANAGE_CLIENT_KEYS }}>{children}</ClientMessages>;
}
