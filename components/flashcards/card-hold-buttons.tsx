"use client";
import { useActionState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { holdCardAction } from "@/lib/server/flashcards/actions";

const DONE = { suspend: "heldSuspended", unsuspend: "heldUnsuspended", bury: "heldBuried", unbury: "heldUnburied" } as const;

/**
 * A card's suspend and bury switches in the card browser. Plain forms (they work before the page's
 * script loads); the outcome is announced in a polite live region, and the page re-renders with
 * the card's new state (the action revalidates it).
 */
export function CardHoldButtons({ cardId, label, suspended, buried }: { cardId: string; label: string; suspended: boolean; buried: boolean }) {
  const t = useT("flashcards");
  const [state, formAction, pending] = useActionState(holdCardAction, null);
  const actions = [suspended ? "unsuspend" : "suspend", buried ? "unbury" : "bury"] as const;
  const named = { suspend: "suspendNamed", unsuspend: "unsuspendNamed", bury: "buryNamed", unbury: "unburyNamed" } as const;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {actions.map((action) => (
          <form key={action} action={formAction}>
            <input type="hidden" name="cardId" value={cardId} />
            <input type="hidden" name="action" value={action} />
            <Button type="submit" size="sm" variant="secondary" disabled={pending} aria-label={t(named[action], { card: label })}>
              {t(action)}
            </Button>
          </form>
        ))}
      </div>
      <p aria-live="polite" className="text-sm text-muted">
        {state ? (state.ok ? t(DONE[state.data.action]) : <span className="text-danger">{state.message}</span>) : null}
      </p>
    </div>
  );
}
