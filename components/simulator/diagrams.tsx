"use client";

import { useEffect, useId, useMemo, useRef } from "react";
import { SequenceDiagram } from "@/components/diagram/sequence-diagram";
import { layoutSequence } from "@/components/diagram/sequence-layout";
import { STATE_FIGURE_HEIGHT, StateDiagram } from "@/components/diagram/state-diagram";
import { STATE_BOXES, STATE_VIEW } from "@/components/diagram/state-layout";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { useBrowserValue } from "@/components/ui/use-browser-value";
import { findPreset, type PresetId } from "@/lib/simulator/presets";
import { sequenceLabels, stateLabels } from "./diagram-labels";
import type { StepRecord, Trace } from "@/lib/tcp";
import type { Side, TcpState } from "@/lib/tcp/types";

/**
 * The live sequence diagram, in a box of its own that scrolls: the step just taken (highlighted)
 * is kept in view as the figure grows.
 */
const QUICK_START: readonly PresetId[] = ["handshake", "four-way-close", "lost-last-ack", "syn-to-closed-port"];

export function LiveSequenceDiagram({ trace, onLoadPreset }: { trace: Trace; onLoadPreset: (id: PresetId) => void }) {
  const t = useT("simulator");
  const locale = useLocale();
  const headingId = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  const highlightStep = trace.steps.length ? trace.steps.length - 1 : undefined;
  const layout = useMemo(() => layoutSequence(trace), [trace]);
  const labels = useMemo(() => sequenceLabels(t), [t]);

  useEffect(() => {
    const box = boxRef.current;
    const band = layout.steps.find((s) => s.step === highlightStep);
    if (!box || !band) return;
    const svg = box.querySelector("svg");
    const scale = svg ? svg.getBoundingClientRect().height / layout.height : 1;
    const top = band.y0 * scale;
    const bottom = band.y1 * scale;
    if (top < box.scrollTop || bottom > box.scrollTop + box.clientHeight) box.scrollTop = Math.max(0, bottom - box.clientHeight + 24);
  }, [layout, highlightStep]);

  return (
    <section aria-labelledby={headingId} className="min-w-0 rounded-xl border border-border bg-surface p-4 shadow-sm">
      <h2 id={headingId} className="text-base font-semibold">
        {t("sequenceHeading")}
      </h2>
      {trace.steps.length === 0 ? (
        <div className="mt-2">
          <p className="text-sm text-muted">{t("sequenceEmpty")}</p>
          <p className="mt-3 text-sm font-medium">{t("quickStart")}</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {QUICK_START.map((id) => {
              const name = findPreset(id)?.name[locale] ?? id;
              return (
                <li key={id}>
                  <Button size="sm" variant="secondary" aria-label={t("quickStartName", { name })} onClick={() => onLoadPreset(id)}>
                    {name}
                  </Button>
                </li>
              );
            })}
          </ul>
        </div>
      ) : (
        <div ref={boxRef} tabIndex={0} role="group" aria-labelledby={headingId} className="mt-2 max-h-[36rem] overflow-auto rounded-lg lg:max-h-[50rem]">
          <SequenceDiagram trace={trace} highlightStep={highlightStep} labels={labels} />
        </div>
      )}
    </section>
  );
}

export function LiveStateDiagram({ states, last }: { states: Record<Side, TcpState>; last: StepRecord | undefined }) {
  const t = useT("simulator");
  const headingId = useId();
  const transition = last?.transitions.at(-1);
  const sectionRef = useRef<HTMLElement>(null);
  const labels = useMemo(() => stateLabels(t), [t]);
  const focus = transition ? transition.to : states.A;
  // The figure is drawn once the page is interactive, not in the HTML (issue 12: its SVG and
  // screen-reader table were 20 kB of the page's 87, below the fold, and the simulator needs its
  // script anyway); until then a box of its size keeps the layout still.
  const interactive = useBrowserValue(() => true, false);

  // Where the figure is wider than the screen (a phone) it scrolls sideways: bring the state
  // that just changed (or A's) into the middle of the view.
  useEffect(() => {
    const region = sectionRef.current?.querySelector<HTMLElement>("[role=region]");
    const svg = region?.querySelector("svg");
    if (!region || !svg || region.scrollWidth <= region.clientWidth) return;
    const x = (STATE_BOXES[focus].x * svg.getBoundingClientRect().width) / STATE_VIEW.width;
    region.scrollLeft = Math.max(0, x - region.clientWidth / 2);
  }, [focus, interactive]);

  // overflow-hidden: the diagram's screen-reader table is laid out wide (though invisible) and
  // would otherwise widen the page on a phone.
  return (
    <section ref={sectionRef} aria-labelledby={headingId} className="min-w-0 overflow-hidden rounded-xl border border-border bg-surface p-4 shadow-sm">
      <h2 id={headingId} className="text-base font-semibold">
        {t("stateHeading")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("stateLegend", { a: "A", b: "B", stateA: states.A, stateB: states.B })}</p>
      {interactive ? (
        <StateDiagram
          className="mt-2"
          labels={labels}
          current={states}
          lastTransition={transition ? { side: transition.side, from: transition.from, to: transition.to } : undefined}
        />
      ) : (
        // The figure's size: as wide as the section up to 40rem, at least 540px (it scrolls on a phone).
        <div aria-hidden="true" className="mx-auto mt-2 max-w-[40rem] min-w-[540px]" style={{ aspectRatio: `${STATE_VIEW.width} / ${STATE_FIGURE_HEIGHT}` }} />
      )}
    </section>
  );
}
