"use client";

import Link from "next/link";
import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { SequenceDiagram } from "@/components/diagram/sequence-diagram";
import { StateDiagram } from "@/components/diagram/state-diagram";
import { useT } from "@/components/i18n/i18n-provider";
import { sequenceLabels, stateLabels } from "@/components/simulator/diagram-labels";
import { Button, buttonClasses } from "@/components/ui/button";
import type { AnalysedConnection, AnalysedSegment } from "@/lib/capture";
import { questionFromConnection } from "@/lib/authoring/from-capture";
import { connectionToScenario } from "@/lib/capture/connection-scenario";
import { connectionTrace } from "@/lib/capture/connection-trace";
import { encodeScenario, SHARE_PARAM, simulatorHref } from "@/lib/simulator/share";
import type { Side } from "@/lib/tcp/types";
import { noteText } from "./note-text";

const WINDOW = 40;
/** Human order of flags: SYN,ACK / FIN,ACK / RST,ACK. */
const FLAG_ORDER = ["SYN", "FIN", "RST", "ACK"];
const flagsText = (flags: readonly string[]) => [...flags].sort((a, b) => FLAG_ORDER.indexOf(a) - FLAG_ORDER.indexOf(b)).join(",") || "-";

/**
 * One connection: its segments with both states, stepping, the two diagrams, "open in the
 * simulator", and for a teacher (canAuthor) "make a question": the question editor gets the
 * connection as a scenario, in the simulator's link format, and the bank keeps what they save.
 */
export function ConnectionView({
  connection,
  index,
  fileName,
  canAuthor = false,
}: {
  connection: AnalysedConnection;
  index: number;
  fileName?: string;
  canAuthor?: boolean;
}) {
  const t = useT("captures");
  const sim = useT("simulator");
  const headingId = useId();
  const [current, setCurrent] = useState(0);
  const [relative, setRelative] = useState(true);
  const tableRef = useRef<HTMLDivElement>(null);
  const total = connection.segments.length;
  const row = connection.segments[current];

  const origin = useMemo(() => {
    const first = (role: "client" | "server") => connection.isn[role] ?? ((connection.segments.find((s) => s.from === role)?.seq ?? 1) - 1) >>> 0;
    return { client: first("client"), server: first("server") };
  }, [connection]);
  const number = (value: number, role: "client" | "server") => (relative ? (value - origin[role]) >>> 0 : value);
  const segmentText = (s: AnalysedSegment) => {
    const peer = s.from === "client" ? "server" : "client";
    const parts = [flagsText(s.flags), `seq=${number(s.seq, s.from)}`];
    if (s.ack !== null) parts.push(`ack=${number(s.ack, peer)}`);
    if (s.len > 0) parts.push(`len=${s.len}`);
    return parts.join(" ");
  };

  const from = Math.max(0, Math.min(current - WINDOW / 2, total - WINDOW));
  const to = Math.min(total, from + WINDOW);
  const trace = useMemo(() => connectionTrace(connection, from, to), [connection, from, to]);
  const seqLabels = useMemo(() => sequenceLabels(sim), [sim]);
  const stLabels = useMemo(() => stateLabels(sim), [sim]);
  const href = useMemo(() => {
    if (total > 2000) return null;
    const inferred = connectionToScenario(connection, `${connection.client} → ${connection.server}`);
    return inferred ? simulatorHref(inferred.scenario) : null;
  }, [connection, total]);
  const authoring = useMemo(() => {
    if (!canAuthor) return null;
    if (total > 2000) return { ok: false as const, reason: "tooLong" as const, steps: total };
    return questionFromConnection(connection, t("questionTitle", { name: fileName ?? "", client: connection.client, server: connection.server }));
  }, [canAuthor, connection, total, fileName, t]);

  const before = current === 0 ? connection.before : connection.segments[current - 1]!.after;
  const after = row?.after ?? connection.before;
  const changed = (["client", "server"] as const).find((role) => before[role] !== after[role]);
  const side: Record<"client" | "server", Side> = { client: "A", server: "B" };

  const move = (to: number) => {
    const next = Math.max(0, Math.min(total - 1, to));
    setCurrent(next);
    tableRef.current?.querySelector(`[data-row="${next}"]`)?.scrollIntoView({ block: "nearest" });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "ArrowDown" || event.key === "j") move(current + 1);
    else if (event.key === "ArrowUp" || event.key === "k") move(current - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(total - 1);
    else return;
    event.preventDefault();
  };

  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-border bg-surface p-4 shadow-sm">
      <h2 id={headingId} className="text-base font-semibold break-all">
        {t("viewHeading", { n: index + 1, client: connection.client, server: connection.server })}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("beforeFirst", { client: connection.before.client, server: connection.before.server })}</p>
      <p className="text-sm text-muted">{t("endStates", { client: connection.end.client, server: connection.end.server })}</p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <Button size="sm" variant="secondary" onClick={() => move(current - 1)} disabled={current === 0}>
          {t("previous")}
        </Button>
        <Button size="sm" variant="secondary" onClick={() => move(current + 1)} disabled={current >= total - 1}>
          {t("next")}
        </Button>
        <p className="text-sm tabular-nums" aria-live="polite">
          {t("position", { n: current + 1, total })}
        </p>
        <fieldset className="flex items-center gap-3 text-sm">
          <legend className="sr-only">{t("numbersLabel")}</legend>
          <span aria-hidden="true" className="text-muted">
            {t("numbersLabel")}:
          </span>
          <label className="flex min-h-11 items-center gap-1">
            <input type="radio" name={`${headingId}-numbers`} checked={relative} onChange={() => setRelative(true)} />
            {t("numbers_relative")}
          </label>
          <label className="flex min-h-11 items-center gap-1">
            <input type="radio" name={`${headingId}-numbers`} checked={!relative} onChange={() => setRelative(false)} />
            {t("numbers_absolute")}
          </label>
        </fieldset>
        {href ? (
          <Link href={href} className={buttonClasses({ size: "sm", variant: "primary" })} title={t("openSimulatorHint")}>
            {t("openSimulator")}
          </Link>
        ) : (
          <p className="text-sm text-muted">{t("noScenario")}</p>
        )}
        {authoring?.ok ? (
          <Link
            href={`/teach/questions/new?${SHARE_PARAM}=${encodeURIComponent(encodeScenario(authoring.scenario))}`}
            className={buttonClasses({ size: "sm", variant: "secondary" })}
          >
            {t("makeQuestion")}
          </Link>
        ) : authoring ? (
          <p className="text-sm text-muted">{authoring.reason === "tooLong" ? t("questionTooLong", { steps: authoring.steps }) : t("noScenario")}</p>
        ) : null}
      </div>
      <p className="mt-2 text-sm text-muted">{t("stepHint")}</p>
      <h3 className="mt-4 text-sm font-semibold">{t("segmentsHeading")}</h3>
      <div
        ref={tableRef}
        tabIndex={0}
        role="region"
        aria-label={t("tableCaption", { n: index + 1 })}
        onKeyDown={onKeyDown}
        className="mt-2 max-h-96 overflow-auto rounded-lg border border-border focus-visible:outline-2 focus-visible:outline-ring"
      >
        <table className="w-full text-left text-xs">
          <caption className="sr-only">{t("tableCaption", { n: index + 1 })}</caption>
          <thead className="sticky top-0 bg-surface">
            <tr className="border-b border-border text-muted">
              <th scope="col" className="px-2 py-1">
                {t("col_index")}
              </th>
              <th scope="col" className="px-2 py-1">
                {t("col_time")}
              </th>
              <th scope="col" className="px-2 py-1">
                {t("col_from")}
              </th>
              <th scope="col" className="px-2 py-1">
                {t("col_segment")}
              </th>
              <th scope="col" className="px-2 py-1">
                {t("col_clientAfter")}
              </th>
              <th scope="col" className="px-2 py-1">
                {t("col_serverAfter")}
              </th>
              <th scope="col" className="px-2 py-1">
                {t("col_notes")}
              </th>
            </tr>
          </thead>
          <tbody>
            {connection.segments.map((s) => (
              <tr
                key={s.i}
                data-row={s.i}
                aria-current={s.i === current ? "true" : undefined}
                onClick={() => setCurrent(s.i)}
                className={s.i === current ? "bg-accent-soft" : "border-b border-border/50"}
              >
                <td className="px-2 py-1 tabular-nums">{s.i}</td>
                <td className="px-2 py-1 tabular-nums">{(s.tNs / 1e9).toFixed(6)}</td>
                <td className="px-2 py-1">{t(s.from === "client" ? "from_client" : "from_server")}</td>
                <td className="px-2 py-1 font-mono whitespace-nowrap">
                  {segmentText(s)}
                  {s.delivered ? null : <span className="ml-1 font-sans text-danger">({t("notDelivered")})</span>}
                </td>
                <td className="px-2 py-1 font-mono">{s.after.client}</td>
                <td className="px-2 py-1 font-mono">{s.after.server}</td>
                <td className="px-2 py-1">{s.notes.map((n) => noteText(t, n)).join(" ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        <div className="min-w-0">
          <h3 className="text-sm font-semibold">{t("sequenceHeading")}</h3>
          {total > WINDOW ? <p className="text-xs text-muted">{t("diagramWindow", { from: from, to: to - 1, total })}</p> : null}
          <div className="mt-2 max-h-[40rem] overflow-auto" tabIndex={0} role="region" aria-label={t("sequenceHeading")}>
            <SequenceDiagram trace={trace} highlightStep={current - from + 1} labels={seqLabels} />
          </div>
        </div>
        <div className="min-w-0">
          <h3 className="text-sm font-semibold">{t("stateHeading", { n: current })}</h3>
          <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={t("stateHeading", { n: current })}>
            <StateDiagram
              className="min-w-[36rem]"
              current={{ A: after.client, B: after.server }}
              lastTransition={changed ? { side: side[changed], from: before[changed], to: after[changed] } : undefined}
              labels={stLabels}
            />
          </div>
        </div>
      </div>
    </section>
  );
}
