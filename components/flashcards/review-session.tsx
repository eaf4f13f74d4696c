"use client";
import { useEffect, useEffectEvent, useRef, useState, useTransition } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { RatingName } from "@/lib/flashcards/types-public";
import type { ActionResult } from "@/lib/action-result";
import type { ReviewSessionDto } from "@/lib/flashcards/dto";
import { loadReviewSessionAction, rateFlashcardAction, setShortcutsAction, undoFlashcardAction } from "@/lib/server/flashcards/actions";
import { CardBack, CardFront } from "./card-faces";
import { announceDueCount } from "./events";
import { RatingButtons } from "./rating-buttons";
import { SessionDone } from "./session-done";
import { reviewKeyOf } from "./shortcuts";

const browserTimeZone = (): string | undefined => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
};

/**
 * One review session: the card's front, Space (or the button) for its back, then a rating from
 * Again to Easy (keys 1 to 4), each button showing the interval FSRS would give. U undoes the last
 * rating. Every step is a Server Action that answers with the session's next state.
 */
export function ReviewSession({ initial, scopeName }: { initial: ReviewSessionDto; scopeName: string }) {
  const t = useT("flashcards");
  const [session, setSession] = useState(initial);
  const [flipped, setFlipped] = useState(false);
  const [shortcuts, setShortcuts] = useState(initial.shortcutsEnabled);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [pending, startTransition] = useTransition();
  const frontRef = useRef<HTMLHeadingElement>(null);
  const backRef = useRef<HTMLHeadingElement>(null);
  const moveFocus = useRef<"front" | "back" | null>(null);
  const card = session.card;
  const scope = { deck: session.deck, ahead: session.ahead, timeZone: browserTimeZone() };

  const show = (next: ReviewSessionDto) => {
    setSession(next);
    setFlipped(false);
    moveFocus.current = "front";
    announceDueCount(next.dueTotal);
  };

  /** Runs an action; on a refusal, shows why and reloads the session as it now stands. */
  const run = (work: () => Promise<ActionResult<ReviewSessionDto>>, done: string | ((next: ReviewSessionDto) => string)) => {
    if (pending) return;
    startTransition(async () => {
      const result = await work();
      if (result.ok) {
        setError(null);
        show(result.data);
        setAnnouncement(typeof done === "string" ? done : done(result.data));
        return;
      }
      setError(result.message);
      const reloaded = await loadReviewSessionAction({ deck: scope.deck, ahead: scope.ahead });
      if (reloaded.ok) show(reloaded.data);
    });
  };

  const flip = () => {
    if (!card || flipped) return;
    setFlipped(true);
    moveFocus.current = "back";
  };

  const rate = (rating: RatingName) => {
    if (!card || !flipped) return;
    const interval = card.intervals[rating];
    run(
      async () => {
        const result = await rateFlashcardAction({ ...scope, cardId: card.card.id, rating, version: card.version, seed: card.seed });
        return result.ok ? { ok: true, data: result.data.session } : result;
      },
      t("rated", { rating: t(rating), interval }),
    );
  };

  const undo = () => {
    if (!session.canUndo) return;
    run(() => undoFlashcardAction({ deck: scope.deck, ahead: scope.ahead, timeZone: scope.timeZone }), t("undone"));
  };

  const toggleShortcuts = (enabled: boolean) => {
    setShortcuts(enabled);
    void setShortcutsAction({ enabled });
  };

  // Focus follows the card: the answer's heading after a flip, the next card's after a rating.
  useEffect(() => {
    const target = moveFocus.current === "back" ? backRef.current : moveFocus.current === "front" ? frontRef.current : null;
    moveFocus.current = null;
    target?.focus();
  }, [session, flipped]);

  // The stored time zone decides where "today" begins for new cards: tell the server the browser's.
  const syncTimeZone = useEffectEvent(() => {
    const zone = browserTimeZone();
    if (zone && zone !== session.timeZone) void loadReviewSessionAction({ deck: session.deck, ahead: session.ahead, timeZone: zone });
  });
  useEffect(() => syncTimeZone(), []);

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (!shortcuts) return;
    const key = reviewKeyOf(event);
    if (!key) return;
    if (key === "flip") {
      if (!card || flipped) return;
      event.preventDefault();
      flip();
    } else if (key === "undo") {
      event.preventDefault();
      undo();
    } else if (flipped && card) {
      event.preventDefault();
      rate(key);
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, []);

  return (
    <div className="mx-auto max-w-3xl">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted" aria-live="off">
          <span className="font-medium text-fg">{scopeName}</span>
          {" · "}
          <span data-testid="session-counts">{t("counts", { due: session.counts.due, new: session.counts.new })}</span>
        </p>
        <Button
          variant="ghost"
          size="sm"
          onClick={undo}
          disabled={!session.canUndo || pending}
          title={t("undoLabel")}
          aria-keyshortcuts={shortcuts ? "U" : undefined}
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="size-4"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          >
            <path d="M9 14 4 9l5-5" />
            <path d="M4 9h11a5 5 0 0 1 0 10h-3" />
          </svg>
          {t("undo")}
          {shortcuts ? (
            <kbd aria-hidden="true" className="ml-1 hidden rounded border border-border px-1 font-mono text-xs text-muted sm:inline">
              U
            </kbd>
          ) : null}
        </Button>
      </div>

      {error ? (
        <Alert tone="error" className="mt-3">
          {error}
        </Alert>
      ) : null}

      <div className="sr-only" role="status" aria-live="polite">
        {announcement}
      </div>

      {card ? (
        <article className="mt-4 rounded-xl border border-border bg-surface shadow-sm" aria-busy={pending} data-card-id={card.card.id}>
          <div className="flex flex-wrap items-center gap-2 border-b border-border px-4 py-3 sm:px-6">
            <Badge tone="neutral">{card.deckName}</Badge>
            <Badge tone="neutral">{card.card.kind === "engine" ? t("kindEngine") : t("kindConcept")}</Badge>
            {card.isNew ? <Badge>{t("newBadge")}</Badge> : null}
          </div>
          <section className="px-4 py-5 sm:px-6" aria-labelledby="card-front">
            <h2 id="card-front" ref={frontRef} tabIndex={-1} className="sr-only">
              {t("front")}
            </h2>
            <CardFront card={card.card} />
          </section>
          {flipped ? (
            <section className="border-t border-dashed border-border-strong px-4 py-5 sm:px-6" aria-labelledby="card-back">
              <h2 id="card-back" ref={backRef} tabIndex={-1} className="mb-3 text-sm font-semibold tracking-wide text-accent uppercase focus:outline-none">
                {t("answer")}
              </h2>
              <CardBack card={card.card} />
            </section>
          ) : null}
          <div className="sticky bottom-0 rounded-b-xl border-t border-border bg-surface/95 px-4 py-3 backdrop-blur sm:px-6">
            {flipped ? (
              <RatingButtons intervals={card.intervals} onRate={rate} disabled={pending} shortcuts={shortcuts} />
            ) : (
              <Button size="lg" className="w-full" onClick={flip} aria-keyshortcuts={shortcuts ? "Space" : undefined}>
                {t("showAnswer")}
                {shortcuts ? (
                  <kbd aria-hidden="true" className="rounded border border-accent-fg/40 px-1.5 font-mono text-xs">
                    Space
                  </kbd>
                ) : null}
              </Button>
            )}
          </div>
        </article>
      ) : (
        <SessionDone session={session} scopeName={scopeName} />
      )}

      <div className="mt-6 flex flex-col gap-2 text-sm text-muted sm:flex-row sm:items-center sm:justify-between">
        <label className="inline-flex min-h-11 items-center gap-2 text-fg">
          <input type="checkbox" className="size-4 accent-[var(--accent)]" checked={shortcuts} onChange={(e) => toggleShortcuts(e.target.checked)} />
          {t("shortcutsLabel")}
        </label>
        <p>{shortcuts ? t("keysHelp") : t("keysOff")}</p>
      </div>
      {pending ? (
        <p className="sr-only" aria-live="polite">
          {t("saving")}
        </p>
      ) : null}
    </div>
  );
}
