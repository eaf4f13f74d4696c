"use client";

import { useEffect, useId, useMemo, useRef } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { cx } from "@/components/ui/cx";
import type { Session } from "@/lib/simulator/session";
import { describeStep } from "@/lib/simulator/step-log";

/**
 * Every step as a line of text, the undone ones greyed out. Each line is a button that moves the
 * history there, so the log doubles as a way to jump around.
 */
export function StepLog({ session, onSeek }: { session: Session; onSeek: (cursor: number) => void }) {
  const t = useT("simulator");
  const headingId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const segments = session.sims[session.sims.length - 1]!.segments;
  const lines = useMemo(
    () => session.steps.map((step, k) => describeStep(step, session.records[k]!, segments, t)),
    [session.steps, session.records, segments, t],
  );

  // Keep the current line in view inside the log's own scroll box (never scroll the page).
  useEffect(() => {
    const list = listRef.current;
    const item = list?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!list || !item) return;
    // The list is positioned, so offsetTop is measured from its top.
    const top = item.offsetTop;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (top + item.offsetHeight > list.scrollTop + list.clientHeight) list.scrollTop = top + item.offsetHeight - list.clientHeight;
  }, [session.cursor, lines.length]);

  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-border bg-surface p-4 shadow-sm">
      <h2 id={headingId} className="text-base font-semibold">
        {t("log")}
      </h2>
      {lines.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{t("logEmpty")}</p>
      ) : (
        <ol ref={listRef} className="relative mt-2 max-h-96 space-y-0.5 overflow-y-auto pr-1" data-testid="step-log">
          <li>
            <button
              type="button"
              aria-current={session.cursor === 0 ? "step" : undefined}
              onClick={() => onSeek(0)}
              className={cx(
                "w-full rounded-md px-2 py-1 text-left text-sm",
                session.cursor === 0 ? "bg-accent-soft font-medium text-accent-soft-fg" : "text-muted hover:bg-surface-raised",
              )}
            >
              {t("logStart")}
            </button>
          </li>
          {lines.map((line, k) => {
            const n = k + 1;
            const undone = n > session.cursor;
            const current = n === session.cursor;
            return (
              <li key={k}>
                <button
                  type="button"
                  aria-current={current ? "step" : undefined}
                  onClick={() => onSeek(n)}
                  className={cx(
                    "flex w-full gap-2 rounded-md px-2 py-1 text-left text-sm",
                    current ? "bg-accent-soft text-accent-soft-fg" : "hover:bg-surface-raised",
                    undone && "text-muted opacity-70",
                  )}
                >
                  <span className="w-6 shrink-0 text-right font-mono tabular-nums opacity-80">{n}</span>
                  <span className="min-w-0 flex-1">
                    <span className="font-semibold">{line.action}</span>
                    {line.effects ? <span className="break-words"> → {line.effects}</span> : null}
                    {line.notes.length ? <span className="block text-xs font-medium">{line.notes.join(t("logSeparator"))}</span> : null}
                    {line.error ? <span className={cx("block text-xs font-medium", !undone && "text-danger")}>{line.error}</span> : null}
                    {undone ? <span className="sr-only"> ({t("logUndone")})</span> : null}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
