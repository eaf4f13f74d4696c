"use client";

import { useId } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { segmentFields } from "@/lib/simulator/step-log";
import type { Step } from "@/lib/tcp";
import type { TraceSegment } from "@/lib/tcp/types";
import { SIDE_TEXT } from "./side-style";

function SegmentSummary({ segment, copy }: { segment: TraceSegment; copy: boolean }) {
  const t = useT("simulator");
  return (
    <div className="flex min-w-0 flex-wrap items-baseline gap-x-2 gap-y-0.5">
      <span className="font-mono text-sm font-bold tabular-nums">#{segment.id}</span>{" "}
      <span className="text-sm font-semibold whitespace-nowrap">
        <span className={SIDE_TEXT[segment.from]}>{segment.from}</span>
        {" → "}
        <span className={SIDE_TEXT[segment.to]}>{segment.to}</span>
      </span>{" "}
      <span className="font-mono text-sm break-all">{segmentFields(segment)}</span>
      {copy ? (
        <>
          {" "}
          <span className="rounded bg-surface-raised px-1.5 text-xs text-muted">{t("copyMark")}</span>
        </>
      ) : null}
    </div>
  );
}

export function NetworkPanel({
  segments,
  copies,
  onStep,
}: {
  segments: readonly TraceSegment[];
  /** Ids of duplicated or injected segments (not sent by an endpoint). */
  copies: ReadonlySet<number>;
  onStep: (step: Step) => void;
}) {
  const t = useT("simulator");
  const headingId = useId();
  const hintId = useId();
  const inFlight = segments.filter((s) => s.fate === "in-flight");
  const earlier = segments.filter((s) => s.fate !== "in-flight");

  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-border bg-surface p-4 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold">
          {t("inFlight")} <span className="ml-2 rounded-full bg-surface-raised px-2 py-0.5 text-xs font-medium text-muted tabular-nums">{inFlight.length}</span>
        </h2>
        {inFlight.length > 0 ? (
          <Button size="sm" variant="primary" aria-describedby={hintId} onClick={() => onStep({ deliver: "all" })}>
            {t("deliverAll")}
          </Button>
        ) : null}
      </div>
      <p id={hintId} className="sr-only">
        {t("deliverAllHint")}
      </p>
      <div data-focus-zone tabIndex={-1} className="mt-3 rounded-lg focus:outline-none">
        {inFlight.length === 0 ? (
          <p className="rounded-lg border border-dashed border-border px-3 py-4 text-center text-sm text-muted">{t("nothingInFlight")}</p>
        ) : (
          <ul className="space-y-2">
            {inFlight.map((s) => (
              <li key={s.id} className="rounded-lg border border-border bg-surface-raised/50 p-2.5">
                <SegmentSummary segment={s} copy={copies.has(s.id)} />
                <div className="mt-2 flex flex-wrap gap-1.5">
                  <Button size="sm" variant="secondary" aria-label={t("deliverName", { id: s.id })} onClick={() => onStep({ deliver: s.id })}>
                    {t("deliver")}
                  </Button>
                  <Button size="sm" variant="ghost" aria-label={t("dropName", { id: s.id })} onClick={() => onStep({ drop: s.id })}>
                    {t("drop")}
                  </Button>
                  <Button size="sm" variant="ghost" aria-label={t("duplicateName", { id: s.id })} onClick={() => onStep({ duplicate: s.id })}>
                    {t("duplicate")}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
      {earlier.length > 0 ? (
        <details className="group mt-3">
          <summary className="cursor-pointer rounded text-sm font-medium text-muted hover:text-fg">{t("earlier", { count: earlier.length })}</summary>
          <p className="mt-2 text-xs text-muted">{t("earlierHint")}</p>
          <ul className="mt-2 max-h-64 space-y-1 overflow-y-auto pr-1">
            {[...earlier].reverse().map((s) => (
              <li key={s.id} className="flex items-center justify-between gap-2 rounded-md px-1 py-1 hover:bg-surface-raised">
                <div className="min-w-0">
                  <SegmentSummary segment={s} copy={copies.has(s.id)} />
                  <span className={cx("text-xs", s.fate === "dropped" ? "text-danger" : "text-muted")}>
                    {s.fate === "dropped" ? t("fateDropped") : t("fateDelivered")}
                  </span>
                </div>
                <Button
                  size="sm"
                  variant="ghost"
                  className="shrink-0"
                  aria-label={t("duplicateName", { id: s.id })}
                  onClick={() => onStep({ duplicate: s.id })}
                >
                  {t("duplicate")}
                </Button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
