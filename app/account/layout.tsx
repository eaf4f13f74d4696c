// The account forms' messages.
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PASSWORD_FEEDBACK_KEYS } from "@/lib/password-strength/message-keys";

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["account"]} pick={{ auth: PASSWORD_FEEDBACK_KEYS }}>
      {children}
    </ClientMessages>
  );
}
