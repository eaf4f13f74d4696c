"use client";
import { useBrowserValue } from "@/components/ui/use-browser-value";
import { useState, useTransition } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { regenerateJoinCodeAction } from "@/lib/server/teach/actions";
import { formatJoinCode } from "@/lib/teach/join-code";

/** The class's join code and link, with copy buttons and "new code". */
export function JoinPanel({ classId, joinCode }: { classId: string; joinCode: string }) {
  const t = useT("teach");
  const [code, setCode] = useState(joinCode);
  const [copied, setCopied] = useState<"code" | "link" | null>(null);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const path = `/classes/join/${formatJoinCode(code)}`;
  // The origin is only known in the browser; the server renders the path alone.
  const origin = useBrowserValue(() => window.location.origin, "");
  const link = `${origin}${path}`;

  async function copy(what: "code" | "link") {
    try {
      await navigator.clipboard.writeText(what === "code" ? formatJoinCode(code) : link);
      setCopied(what);
    } catch {
      setCopied(null);
    }
  }

  function regenerate() {
    if (!window.confirm(t("regenerateConfirm"))) return;
    startTransition(async () => {
      const result = await regenerateJoinCodeAction({ classId });
      if (result.ok) {
        setCode(result.data.joinCode);
        setCopied(null);
        setMessage({ tone: "success", text: t("codeRegenerated") });
      } else setMessage({ tone: "error", text: result.message });
    });
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <p className="text-sm font-medium text-muted">{t("joinCodeLabel")}</p>
          <p className="mt-1 font-mono text-3xl font-semibold tracking-widest text-fg" data-testid="join-code">
            {formatJoinCode(code)}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button size="sm" variant="secondary" onClick={() => void copy("code")}>
            {copied === "code" ? t("copied") : t("copy")}
          </Button>
          <Button size="sm" variant="ghost" onClick={regenerate} disabled={pending}>
            {pending ? t("regenerating") : t("regenerateCode")}
          </Button>
        </div>
      </div>
      <div>
        <p className="text-sm font-medium text-muted">{t("joinLinkLabel")}</p>
        <div className="mt-1 flex flex-wrap items-center gap-2">
          <code className="min-w-0 rounded bg-surface-raised px-2 py-1 text-sm break-all text-fg">{link}</code>
          <Button size="sm" variant="secondary" onClick={() => void copy("link")}>
            {copied === "link" ? t("copied") : t("copy")}
          </Button>
        </div>
      </div>
      <p className="text-sm text-muted">{t("joinHelp")}</p>
      <div aria-live="polite">{message ? <Alert tone={message.tone}>{message.text}</Alert> : null}</div>
    </div>
  );
}
