"use client";
import { useActionState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { holdCardAction } from "@/lib/server/flashcards/actions";

const DONE = { suspend: "heldSuspended", unsuspend: "heldUnsuspended", bury: "heldBuried", unbury: "heldUnburied" } as const;

/**
 * A card's suspend and bury switches and badges in the card browser. Plain forms; the outcome is
 * announced in a polite live region and the card stays in the list (also when it no longer fits
 * the filter, until the next search), so the announcement and the focus are not lost.
 */
export function CardHoldButtons({ cardId, label, ...initial }: { cardId: string; label: string; suspended: boolean; buried: boolean }) {
  const t = useT("flashcards");
  const [state, formAction, pending] = useActionState(holdCardAction, null);
  const suspended = state?.ok ? state.data.suspended : initial.suspended;
  const buried = state?.ok ? state.data.buried : initial.buried;
  const actions = [suspended ? "unsuspend" : "suspend", buried ? "unbury" : "bury"] as const;
  const named = { suspend: "suspendNamed", unsuspend: "unsuspendNamed", bury: "buryNamed", unbury: "unburyNamed" } as const;
  return (
    <div className="flex flex-col gap-2">
      {suspended || buried ? (
        <div className="flex flex-wrap gap-2">
          {suspended ? <Badge>{t("suspendedBadge")}</Badge> : null}
          {buried ? <Badge>{t("buriedBadge")}</Badge> : null}
        </div>
      ) : null}
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
        {state ? state.ok ? t(DONE[state.data.action]) : <span className="text-danger">{state.message}</span> : null}
      </p>
    </div>
  );
}
