"use client";

import { useId, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { waitForNextTimer } from "@/lib/simulator/session";
import { formatSeconds, segmentText } from "@/lib/simulator/step-log";
import { nextTimer, toSeconds, type Sim, type Step, type Timer } from "@/lib/tcp";
import type { TraceSegment } from "@/lib/tcp/types";
import { parsePositive, SIDE_TEXT } from "./side-style";

/** The segment a retransmission timer guards: the latest one from that side at that sequence number. */
function guardedSegment(timer: Timer, segments: readonly TraceSegment[]): TraceSegment | undefined {
  for (let k = segments.length - 1; k >= 0; k -= 1) {
    const s = segments[k]!;
    if (s.from === timer.side && s.seq === timer.seq && (s.len > 0 || s.flags.includes("SYN") || s.flags.includes("FIN"))) return s;
  }
  return undefined;
}

export function ClockPanel({ sim, onStep }: { sim: Sim; onStep: (step: Step) => void }) {
  const t = useT("simulator");
  const headingId = useId();
  const waitId = useId();
  const [waitText, setWaitText] = useState("1");
  const seconds = parsePositive(waitText, { integer: false, max: 1e7 });
  const toNext = waitForNextTimer(sim);
  const first = nextTimer(sim.timers);
  const timers = [...sim.timers].sort((a, b) => a.dueUs - b.dueUs || a.id - b.id);

  const what = (timer: Timer) => {
    const side = timer.side;
    if (timer.kind === "time-wait") return t("timerTimeWait", { side });
    if (timer.kind === "delayed-ack") return t("timerDelayedAck", { side });
    const segment = guardedSegment(timer, sim.segments);
    return t("timerRetransmission", { side, segment: segment ? segmentText(segment) : `seq=${timer.seq}` });
  };

  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-border bg-surface p-4 shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold">
          {t("clock")}
        </h2>
        <p className="font-mono text-lg font-bold tabular-nums" data-testid="clock-now">
          {t("now", { seconds: formatSeconds(toSeconds(sim.nowUs)) })}
        </p>
      </div>
      <h3 className="mt-3 text-xs font-medium uppercase tracking-wide text-muted">{t("timers")}</h3>
      {timers.length === 0 ? (
        <p className="mt-1 text-sm text-muted">{t("noTimers")}</p>
      ) : (
        <ul className="mt-1 space-y-1.5">
          {timers.map((timer) => (
            <li key={timer.id} className={cx("rounded-lg px-2.5 py-1.5 text-sm", timer === first ? "bg-accent-soft text-accent-soft-fg" : "bg-surface-raised")}>
              <span className={cx("font-semibold", timer === first ? undefined : SIDE_TEXT[timer.side])}>{what(timer)}</span>
              <span className="block text-xs opacity-90 tabular-nums">
                {t("timerDue", { due: formatSeconds(toSeconds(timer.dueUs)), left: formatSeconds(toSeconds(timer.dueUs - sim.nowUs)) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-2 rounded-lg" data-focus-zone tabIndex={-1}>
        <Button size="sm" variant="secondary" disabled={!toNext} onClick={() => toNext && onStep(toNext)}>
          {toNext && "wait" in toNext ? t("waitNext", { seconds: formatSeconds(toNext.wait) }) : t("waitNextNone")}
        </Button>
        <span className="flex items-center gap-1.5">
          <label htmlFor={waitId} className="sr-only">
            {t("waitSecondsLabel")}
          </label>
          <input
            id={waitId}
            type="number"
            inputMode="decimal"
            min={0.001}
            step="any"
            value={waitText}
            aria-invalid={seconds === null || undefined}
            onChange={(e) => setWaitText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && seconds !== null) onStep({ wait: seconds });
            }}
            className="min-h-9 w-20 rounded-lg border border-border-strong bg-surface px-2 font-mono text-sm tabular-nums aria-invalid:border-danger"
          />
          <span aria-hidden="true" className="text-sm text-muted">
            {t("secondsUnit")}
          </span>
          <Button
            size="sm"
            variant="secondary"
            disabled={seconds === null}
            aria-label={t("waitSecondsName", { seconds: seconds ?? waitText })}
            onClick={() => seconds !== null && onStep({ wait: seconds })}
          >
            {t("waitSeconds")}
          </Button>
        </span>
      </div>
    </section>
  );
}
