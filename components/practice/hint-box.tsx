"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";

interface HintBoxProps {
  /** The hint once shown (from the server: none is sent before it is asked for). */
  hint: string | null;
  /** Asks the server for the hint; resolves with it, or with an error message to show. */
  onShow: () => Promise<{ hint: string } | { error: string }>;
  labels: { button: string; loading: string; title: string; note?: string };
  disabled?: boolean;
}

/**
 * "Show a hint" before answering: a button, then the hint in a polite live region (read out when it
 * appears) with what asking for it means (recorded with the answer). Keyboard: an ordinary button.
 */
export function HintBox({ hint, onShow, labels, disabled }: HintBoxProps) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function show() {
    setPending(true);
    setError(null);
    try {
      const outcome = await onShow();
      if ("error" in outcome) setError(outcome.error);
    } finally {
      setPending(false);
    }
  }
  return (
    <div aria-live="polite" className="space-y-2">
      {hint ? (
        <div role="note" aria-label={labels.title} className="rounded-lg border border-accent/40 bg-accent-soft px-4 py-3 text-accent-soft-fg">
          <p className="font-medium">{labels.title}</p>
          <p className="mt-1 leading-relaxed" data-testid="hint-text">
            {hint}
          </p>
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="button" variant="ghost" size="sm" onClick={() => void show()} disabled={disabled || pending}>
            {pending ? labels.loading : labels.button}
          </Button>
          {labels.note ? <p className="text-xs text-muted">{labels.note}</p> : null}
        </div>
      )}
      {error ? <p className="text-sm font-medium text-danger">{error}</p> : null}
    </div>
  );
}
