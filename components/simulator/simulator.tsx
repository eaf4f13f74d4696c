"use client";

import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { useBrowserValue } from "@/components/ui/use-browser-value";
import { findPreset, type PresetId } from "@/lib/simulator/presets";
import { changeSettings, currentSim, lastRecord, toScenario, traceAt, type Session } from "@/lib/simulator/session";
import { DEFAULT_SETTINGS } from "@/lib/simulator/settings";
import { AT_PARAM, encodeScenario, SHARE_PARAM, type DecodeFailure } from "@/lib/simulator/share";
import { parseScenario, type Scenario } from "@/lib/tcp";
import { ClockPanel } from "./clock-panel";
import { LiveSequenceDiagram, LiveStateDiagram } from "./diagrams";
import { EndpointPanel } from "./endpoint-panel";
import { NetworkPanel } from "./network-panel";
import { SettingsForm } from "./settings-form";
import { SharePanel } from "./share-panel";
import { MakeQuestionLink } from "./make-question-link";
import { StepLog } from "./step-log";
import { HistoryBar, PresetPicker } from "./toolbar";
import { useHistoryShortcuts, useFocusRecovery } from "./use-keyboard";
import { emptyScenario, useSimulator } from "./use-simulator";

export interface SimulatorProps {
  /** A scenario from the link, applied up to `at`; null starts empty. */
  initial: { scenario: Scenario; at: number } | null;
  /** Why the link's scenario was refused, if it was. */
  linkError: { reason: DecodeFailure; message: string } | null;
  /** A teacher: offer to make a question from the run (lib/authoring). */
  canAuthor?: boolean;
}

/** The address that restores this session: the whole history and how far it is applied. */
function sessionUrl(session: Session): string {
  const { pathname } = window.location;
  const scenario = toScenario(session);
  const untouched = scenario.steps.length === 0 && encodeScenario(scenario) === encodeScenario(emptyScenario(DEFAULT_SETTINGS));
  if (untouched) return pathname;
  const query = new URLSearchParams({ [SHARE_PARAM]: encodeScenario(scenario) });
  if (session.cursor < session.steps.length) query.set(AT_PARAM, String(session.cursor));
  return `${pathname}?${query.toString()}`;
}

const LINK_REASON = {
  empty: "linkEmpty",
  "too-long": "linkTooLong",
  encoding: "linkEncoding",
  json: "linkJson",
  scenario: "linkScenario",
} as const;

export function Simulator({ initial, linkError, canAuthor = false }: SimulatorProps) {
  const t = useT("simulator");
  const locale = useLocale();
  const { session, source, announcement, actions } = useSimulator({
    scenario: initial?.scenario ?? emptyScenario(),
    at: initial?.at ?? 0,
    source: initial ? { kind: "link" } : null,
  });
  const rootRef = useRef<HTMLDivElement>(null);
  const interactive = useBrowserValue(() => true, false);
  useHistoryShortcuts({ undo: () => actions.seek(session.cursor - 1), redo: () => actions.seek(session.cursor + 1) });
  useFocusRecovery(rootRef, session);

  // Keep the address bar in step with the history (replaceState: no navigation, no history spam).
  // The first render leaves the address alone, so a broken link stays visible until the first step.
  const firstSession = useRef(session);
  useEffect(() => {
    if (session === firstSession.current) return;
    window.history.replaceState(null, "", sessionUrl(session));
  }, [session]);

  const sim = currentSim(session);
  const trace = useMemo(() => traceAt(session), [session]);
  const copies = useMemo(() => {
    const sent = new Set(session.records.slice(0, session.cursor).flatMap((r) => r.sent));
    return new Set(sim.segments.filter((s) => !sent.has(s.id)).map((s) => s.id));
  }, [session, sim]);
  const exported = useMemo(() => toScenario(session, "cursor"), [session]);

  const sourceName = !source
    ? null
    : source.kind === "preset"
      ? (findPreset(source.id)?.name[locale] ?? null)
      : source.kind === "link"
        ? (session.settings.title ?? t("loadedLink"))
        : source.name;

  const [clears, setClears] = useState(0);
  const startOver = () => {
    actions.clear();
    setClears((n) => n + 1);
  };

  const loadPreset = (id: PresetId) => {
    const preset = findPreset(id);
    const parsed = preset && parseScenario(preset.scenario);
    if (!preset || !parsed?.ok) return;
    actions.load(parsed.scenario, { kind: "preset", id }, preset.name[locale]);
  };

  return (
    <div ref={rootRef} className="space-y-6">
      <header>
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-2 max-w-3xl leading-relaxed text-muted">{t("intro")}</p>
      </header>

      {linkError ? (
        <Alert tone="error" title={t("linkInvalidTitle")}>
          {t("linkInvalidBody", { reason: t(LINK_REASON[linkError.reason], { message: linkError.message }) })}
        </Alert>
      ) : null}

      <div className="flex flex-wrap items-start justify-between gap-x-10 gap-y-4 rounded-xl border border-border bg-surface p-4 shadow-sm">
        {/* Start over also empties the picker: its preset's name and summary describe steps that are gone. */}
        <PresetPicker key={clears} onLoad={(preset) => loadPreset(preset.id)} />
        <HistoryBar cursor={session.cursor} total={session.steps.length} onSeek={actions.seek} onClear={startOver} />
        {sourceName ? (
          <p className="w-full text-sm">
            <span className="font-medium">{t("loadedFrom", { name: sourceName })}</span>
            {session.settings.description ? <span className="text-muted"> — {session.settings.description}</span> : null}
          </p>
        ) : null}
      </div>

      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)_minmax(0,1fr)]">
        <EndpointPanel side="A" sim={sim} onStep={actions.step} />
        <div className="space-y-4">
          <NetworkPanel segments={sim.segments} copies={copies} onStep={actions.step} />
          <ClockPanel sim={sim} onStep={actions.step} />
        </div>
        <EndpointPanel side="B" sim={sim} onStep={actions.step} />
      </div>

      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,0.9fr)_minmax(0,1.1fr)]">
        <LiveSequenceDiagram trace={trace} onLoadPreset={loadPreset} />
        <LiveStateDiagram states={{ A: sim.tcb.A.state, B: sim.tcb.B.state }} last={lastRecord(session)} />
      </div>

      {/* The log, the settings and the share panel are below the fold and work only with the script:
          they are drawn once the page is interactive, not sent as HTML (issue 12). */}
      {interactive ? (
        <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1.3fr)_minmax(0,1fr)]">
          <StepLog session={session} onSeek={actions.seek} />
          <div className="space-y-4">
            <Panel id="simulator-settings" title={t("settings")}>
              <SettingsForm
                settings={session.settings}
                onApply={(settings) => actions.replace(changeSettings(session, settings), t("settingsApplied", { count: session.steps.length }))}
              />
            </Panel>
            <Panel id="simulator-share" title={t("share")}>
              <SharePanel exported={exported} onImport={(scenario, name) => actions.load(scenario, { kind: "import", name }, name)} />
            </Panel>
            {canAuthor ? <MakeQuestionLink scenario={exported} /> : null}
          </div>
        </div>
      ) : (
        <div aria-hidden="true" className="min-h-[40rem]" />
      )}

      <div role="status" className="sr-only" data-testid="announcer">
        <span key={announcement.id}>{announcement.text}</span>
      </div>
    </div>
  );
}

/** A titled box of the simulator's lower half (the settings, sharing). */
function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-border bg-surface p-4 shadow-sm">
      <h2 id={id} className="text-base font-semibold">
        {title}
      </h2>
      <div className="mt-2">{children}</div>
    </section>
  );
}
