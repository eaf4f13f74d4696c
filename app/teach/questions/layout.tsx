// The question bank and its editor: the authoring messages for their client components.
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["authoring"]}>{children}</ClientMessages>;
}
