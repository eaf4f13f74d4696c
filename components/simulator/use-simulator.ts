"use client";

import { useCallback, useMemo, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { act, createSession, lastRecord, seek, type Session, type Settings } from "@/lib/simulator/session";
import { DEFAULT_SETTINGS } from "@/lib/simulator/settings";
import { describeStep } from "@/lib/simulator/step-log";
import type { PresetId } from "@/lib/simulator/presets";
import type { Scenario, Step } from "@/lib/tcp";

/** Where the loaded scenario came from, named above the controls in the reader's language. */
export type SimulatorSource = { kind: "preset"; id: PresetId } | { kind: "link" } | { kind: "import"; name: string };

export interface Announcement {
  text: string;
  /** Changes on every announcement, so the same words twice are still spoken twice. */
  id: number;
}

interface SimulatorState {
  session: Session;
  /** What was loaded last (a preset's name, a file, a link), shown above the controls. */
  source: SimulatorSource | null;
  announcement: Announcement;
}

/** No steps, the given settings, and no title (a title describes steps that are gone). */
export function emptyScenario(settings: Settings = DEFAULT_SETTINGS): Scenario {
  const kept: Settings = { ...settings };
  delete kept.title;
  delete kept.description;
  return { ...kept, steps: [] };
}

/**
 * The simulator's state and every way to change it. Each change also writes the sentence the
 * live region announces: the step's result, or where undo/redo landed.
 */
export function useSimulator(initial: { scenario: Scenario; at: number; source: SimulatorSource | null }) {
  const t = useT("simulator");
  const [state, setState] = useState<SimulatorState>(() => ({
    session: createSession(initial.scenario, initial.at),
    source: initial.source,
    announcement: { text: "", id: 0 },
  }));

  const describeLast = useCallback(
    (session: Session): string => {
      const record = lastRecord(session);
      const step = session.steps[session.cursor - 1];
      if (!record || !step) return t("announceStart");
      const segments = session.sims[session.sims.length - 1]!.segments;
      return t("announceStep", { n: session.cursor, text: describeStep(step, record, segments, t).text });
    },
    [t],
  );

  const update = useCallback((change: (s: SimulatorState) => { session: Session; source?: SimulatorSource | null; say: (session: Session) => string }) => {
    setState((prev) => {
      const next = change(prev);
      if (next.session === prev.session && next.source === undefined) return prev;
      return {
        session: next.session,
        source: next.source === undefined ? prev.source : next.source,
        announcement: { text: next.say(next.session), id: prev.announcement.id + 1 },
      };
    });
  }, []);

  const actions = useMemo(
    () => ({
      step: (step: Step) => update((s) => ({ session: act(s.session, step), say: describeLast })),
      seek: (cursor: number) =>
        update((s) => {
          const session = seek(s.session, cursor);
          const backwards = session.cursor < s.session.cursor;
          return {
            session,
            say: (n) => (n.cursor === 0 ? t("announceStart") : backwards ? t("announceUndo", { cursor: n.cursor, total: n.steps.length }) : describeLast(n)),
          };
        }),
      /** Replaces the history; `name` is how the announcement calls what was loaded. */
      load: (scenario: Scenario, source: SimulatorSource, name: string) =>
        update(() => ({
          session: createSession(scenario),
          source,
          say: (n) => t("announceLoaded", { name, total: n.steps.length }),
        })),
      clear: () => update((s) => ({ session: createSession(emptyScenario(s.session.settings)), source: null, say: () => t("announceCleared") })),
      replace: (session: Session, say: string) => update(() => ({ session, say: () => say })),
    }),
    [update, describeLast, t],
  );

  return { ...state, actions };
}
