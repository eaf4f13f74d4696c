"use client";

import { useId, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { availableCalls, type CallName, type Sim, type Step, type Tcb } from "@/lib/tcp";
import type { Side, TcpState } from "@/lib/tcp/types";
import { parsePositive, SIDE_BADGE, SIDE_BORDER } from "./side-style";

/** States in which a variable has no meaning yet (RFC 9293 section 3.3.1): shown as a dash. */
const NO_SEND_VARS: readonly TcpState[] = ["CLOSED", "LISTEN"];
const NO_RCV_VARS: readonly TcpState[] = ["CLOSED", "LISTEN", "SYN-SENT"];

const CALL_ORDER: readonly Exclude<CallName, "send">[] = ["listen", "connect", "close", "abort"];

/** What this side sent that occupies sequence space and is not yet acknowledged (RFC 9293 section 3.8.1). */
function RetransmissionQueue({ entries }: { entries: Tcb["retx"] }) {
  const t = useT("simulator");
  return (
    <div className="mt-3">
      <p className="text-xs font-medium uppercase tracking-wide text-muted">{t("retxHeading")}</p>
      {entries.length === 0 ? (
        <p className="text-sm text-muted">{t("retxNone")}</p>
      ) : (
        <ul className="mt-1 space-y-1">
          {entries.map((e) => (
            <li key={e.seq} className="flex flex-wrap items-baseline justify-between gap-x-2 text-sm">
              <span className="font-mono">
                {[e.syn ? "SYN" : null, e.len > 0 ? t("retxBytes", { bytes: e.len }) : null, e.fin ? "FIN" : null].filter(Boolean).join(" + ")} seq={e.seq}
              </span>
              {e.retries > 0 ? <span className="text-xs text-muted">{t("retxRetries", { n: e.retries })}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function EndpointPanel({ side, sim, onStep }: { side: Side; sim: Sim; onStep: (step: Step) => void }) {
  const t = useT("simulator");
  const tcb = sim.tcb[side];
  const calls = availableCalls(sim, side);
  const [bytesText, setBytesText] = useState("100");
  const bytes = parsePositive(bytesText, { integer: true, max: 1_000_000_000 });
  const bytesId = useId();
  const headingId = useId();

  const variable = (name: "sndUna" | "sndNxt" | "rcvNxt", value: number, unset: boolean) => (
    <div className="min-w-0 rounded-lg bg-surface-raised px-2.5 py-1.5">
      <dt className="text-xs text-muted">
        <abbr title={t(`${name}Hint`)} className="no-underline">
          {t(name)}
        </abbr>
      </dt>
      <dd className="font-mono text-sm font-semibold tabular-nums">{unset ? <span aria-label={t("unset")}>—</span> : value}</dd>
    </div>
  );

  const label = { listen: t("listen"), connect: t("connect"), close: t("close"), abort: t("abort") };
  const name = {
    listen: t("listenName", { side }),
    connect: t("connectName", { side }),
    close: t("closeName", { side }),
    abort: t("abortName", { side }),
  };

  return (
    <section aria-labelledby={headingId} className={cx("flex flex-col rounded-xl border border-t-4 border-border bg-surface p-4 shadow-sm", SIDE_BORDER[side])}>
      <h2 id={headingId} className="flex items-center gap-2 text-base font-semibold">
        <span aria-hidden="true" className={cx("inline-flex size-7 items-center justify-center rounded-full text-sm font-bold", SIDE_BADGE[side])}>
          {side}
        </span>
        {t("endpoint", { side })}
      </h2>
      <p className="mt-3 text-xs font-medium uppercase tracking-wide text-muted">{t("stateLabel")}</p>
      <p className="font-mono text-xl font-bold tracking-tight" data-testid={`state-${side}`}>
        {tcb.state}
      </p>
      <dl className="mt-3 grid grid-cols-3 gap-2">
        {variable("sndUna", tcb.sndUna, NO_SEND_VARS.includes(tcb.state))}
        {variable("sndNxt", tcb.sndNxt, NO_SEND_VARS.includes(tcb.state))}
        {variable("rcvNxt", tcb.rcvNxt, NO_RCV_VARS.includes(tcb.state))}
      </dl>
      {tcb.queuedBytes > 0 ? <p className="mt-2 text-sm text-muted">{t("queued", { bytes: tcb.queuedBytes })}</p> : null}
      <RetransmissionQueue entries={tcb.retx} />

      <div role="group" aria-label={t("callsLabel", { side })} className="mt-4 rounded-lg" data-focus-zone tabIndex={-1}>
        <div className="flex flex-wrap gap-2">
          {CALL_ORDER.filter((call) => calls.includes(call)).map((call) => (
            <Button key={call} size="sm" variant={call === "abort" ? "danger" : "secondary"} aria-label={name[call]} onClick={() => onStep({ call, on: side })}>
              {label[call]}
            </Button>
          ))}
        </div>
        {calls.includes("send") ? (
          <div className="mt-2 flex items-center gap-2">
            <Button
              size="sm"
              variant="secondary"
              disabled={bytes === null}
              aria-label={t("sendName", { side, bytes: bytes ?? bytesText })}
              onClick={() => bytes !== null && onStep({ call: "send", on: side, bytes })}
            >
              {t("send")}
            </Button>
            <label htmlFor={bytesId} className="sr-only">
              {t("bytesName", { side })}
            </label>
            <input
              id={bytesId}
              type="number"
              inputMode="numeric"
              min={1}
              max={1_000_000_000}
              step={1}
              value={bytesText}
              aria-invalid={bytes === null || undefined}
              onChange={(e) => setBytesText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter" && bytes !== null) onStep({ call: "send", on: side, bytes });
              }}
              className="min-h-9 w-24 rounded-lg border border-border-strong bg-surface px-2 font-mono text-sm tabular-nums aria-invalid:border-danger"
            />
            <span aria-hidden="true" className="text-sm text-muted">
              {t("bytes")}
            </span>
          </div>
        ) : null}
        {calls.length === 0 ? <p className="text-sm text-muted">{t("noCalls")}</p> : null}
      </div>
      <div className="min-h-4 flex-1" />

      <div className="border-t border-border pt-3">
        <Button
          size="sm"
          variant="ghost"
          className="-ml-2 text-muted"
          aria-label={t("crashName", { side })}
          aria-describedby={`${headingId}-crash`}
          onClick={() => onStep({ crash: side })}
        >
          {t("crash")}
        </Button>
        <p id={`${headingId}-crash`} className="text-xs text-muted">
          {t("crashHint")}
        </p>
      </div>
    </section>
  );
}
