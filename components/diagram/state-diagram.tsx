import { edgeKey } from "@/lib/tcp/state-graph";
import { TCP_STATES, type Side, type TcpState } from "@/lib/tcp/types";
import { color, DIAGRAM_CLASS, fillTemplate, haloProps, r2, SANS_FONT, srOnly, THEME_CSS } from "./diagram-style";
import { formatScore, scoreColor } from "./score-color";
import { mergeStateLabels, type StateDiagramLabels, type StateLabelsInput } from "./state-labels";
import { arrowHead, boxBounds, shortenEnd, STATE_BOXES, STATE_EDGES, STATE_VIEW, type EdgeLayout } from "./state-layout";

export interface StateDiagramProps {
  /** Each endpoint's current state, marked with a badge. */
  current?: Partial<Record<Side, TcpState>>;
  lastTransition?: { side: Side; from: TcpState; to: TcpState };
  /** Mastery by edgeKey(from, to), 0..1; null or missing means no data. Turns on the colour scale. */
  edgeScores?: Record<string, number | null>;
  labels?: StateLabelsInput;
  className?: string;
}

const SIDE_COLOR: Record<Side, string> = { A: color.sideA, B: color.sideB };
const BADGE_COLOR: Record<Side, string> = { A: color.badgeA, B: color.badgeB };
const LEGEND_HEIGHT = 40;
/** The figure's height in the units of its width (STATE_VIEW.width), legend included. */
export const STATE_FIGURE_HEIGHT = STATE_VIEW.height + LEGEND_HEIGHT;

/**
 * The TCP state diagram of RFC 9293 (Figure 5) as a hand-laid SVG, with badges for where A and B
 * are, the last transition highlighted, and optionally every edge coloured by a score (the
 * progress page's mastery map). Pure SVG from props: renders on the server and the client.
 */
export function StateDiagram({ current = {}, lastTransition, edgeScores, labels: input, className }: StateDiagramProps) {
  const labels = mergeStateLabels(input);
  const height = STATE_FIGURE_HEIGHT;
  const lastKey = lastTransition ? edgeKey(lastTransition.from, lastTransition.to) : null;
  const name = (s: TcpState) => labels.states[s] ?? s;
  const sides = (["A", "B"] as const).filter((s) => current[s] !== undefined);
  const summary = [
    fillTemplate(labels.namedSummary, { name: labels.diagramName, summary: labels.summary }),
    ...sides.map((s) => fillTemplate(labels.current, { side: labels.sides[s], state: name(current[s]!) })),
    lastTransition
      ? fillTemplate(labels.lastTransition, { side: labels.sides[lastTransition.side], from: name(lastTransition.from), to: name(lastTransition.to) })
      : "",
    edgeScores ? labels.scoresNote : "",
  ].filter(Boolean);
  // Highlighted edge last, so it is drawn over the others.
  const edges = [...STATE_EDGES].sort((a, b) => Number(a.key === lastKey) - Number(b.key === lastKey));

  return (
    <figure className={className} style={{ margin: 0, position: "relative" }}>
      <div role="region" aria-label={labels.diagramName} tabIndex={0} style={{ overflowX: "auto" }} data-scrolls="">
        <svg
          className={DIAGRAM_CLASS}
          viewBox={`0 0 ${STATE_VIEW.width} ${height}`}
          width="100%"
          role="img"
          aria-label={summary.reduce((first, second) => fillTemplate(labels.sentenceJoin, { first, second }))}
          style={{ display: "block", minWidth: 540, maxWidth: "40rem", height: "auto", margin: "0 auto" }}
          fontFamily={SANS_FONT}
          fill="currentColor"
        >
          <style>{THEME_CSS}</style>
          {edges.map((e) => (
            <Edge key={e.key} edge={e} scores={edgeScores} last={e.key === lastKey ? lastTransition!.side : null} />
          ))}
          {TCP_STATES.map((s) => (
            <StateBox key={s} state={s} text={name(s)} here={sides.filter((side) => current[side] === s)} badges={labels.sides} />
          ))}
          {edges.map((e) => (
            <EdgeLabel key={e.key} edge={e} labels={labels} score={edgeScores ? (edgeScores[e.key] ?? null) : undefined} last={e.key === lastKey} />
          ))}
          <Legend labels={labels} scores={edgeScores !== undefined} y={STATE_VIEW.height + 6} />
        </svg>
      </div>
      {/* The box, not the table, is visually hidden: a table sizes itself to its content and would widen the page. */}
      <div style={srOnly}>
        <table>
          <caption>{labels.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.columnFrom}</th>
              <th scope="col">{labels.columnTo}</th>
              <th scope="col">{labels.columnEvent}</th>
              {edgeScores ? <th scope="col">{labels.columnScore}</th> : null}
            </tr>
          </thead>
          <tbody>
            {STATE_EDGES.map((e) => {
              const score = edgeScores?.[e.key] ?? null;
              return (
                <tr key={e.key}>
                  <td>{name(e.from)}</td>
                  <td>{name(e.to)}</td>
                  <td>{e.kind === "stub" ? labels.stub : (labels.edges[e.key] ?? "").replaceAll("\n", " / ")}</td>
                  {edgeScores ? <td>{score === null ? labels.noData : formatScore(score)}</td> : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

function edgeStroke(e: EdgeLayout, scores: Record<string, number | null> | undefined, last: Side | null) {
  if (last) return { stroke: SIDE_COLOR[last], width: 3.2, dash: undefined };
  if (scores) {
    const c = scoreColor(scores[e.key] ?? null);
    return c ? { stroke: c, width: 2.6, dash: e.kind === "stub" ? "3 2" : undefined } : { stroke: color.muted, width: 1.4, dash: "4 3" };
  }
  return { stroke: e.kind === "stub" ? color.muted : color.fg, width: 1.4, dash: e.kind === "stub" ? "3 2" : undefined };
}

function Edge({ edge: e, scores, last }: { edge: EdgeLayout; scores?: Record<string, number | null>; last: Side | null }) {
  const { stroke, width, dash } = edgeStroke(e, scores, last);
  const head = arrowHead(e.points);
  // The line stops where the arrowhead starts, so a thick line does not blunt the point.
  const line = e.kind === "main" ? shortenEnd(e.points, 7) : e.points;
  const mark = e.mark;
  return (
    <g stroke={stroke} fill="none" strokeWidth={width} strokeLinejoin="round" data-edge={e.key}>
      <polyline points={line.map(([x, y]) => `${r2(x)},${r2(y)}`).join(" ")} strokeDasharray={dash} />
      {e.kind === "main" ? <polygon points={head.map(([x, y]) => `${r2(x)},${r2(y)}`).join(" ")} fill={stroke} strokeWidth={1} /> : null}
      {mark ? <ClosedMark x={mark[0]} y={mark[1]} width={Math.min(width, 1.8)} /> : null}
    </g>
  );
}

/** ⊗: "to CLOSED" at the end of a stub. */
function ClosedMark({ x, y, width }: { x: number; y: number; width: number }) {
  return (
    <g strokeWidth={width} strokeLinecap="round">
      <circle cx={x} cy={y} r={5} fill={color.halo} />
      <path d={`M${x - 3},${y - 3}l6,6m0,-6l-6,6`} />
    </g>
  );
}

function StateBox({ state, text, here, badges }: { state: TcpState; text: string; here: Side[]; badges: Record<Side, string> }) {
  const [left, top, right, bottom] = boxBounds(state);
  const { x, y } = STATE_BOXES[state];
  return (
    <g>
      <rect x={left} y={top} width={right - left} height={bottom - top} rx={8} fill={color.halo} stroke="currentColor" strokeWidth={here.length ? 2.6 : 1.4} />
      <text x={x} y={y} textAnchor="middle" dominantBaseline="central" fontSize={13.5} fontWeight={here.length ? 700 : 600}>
        {text}
      </text>
      {here.map((side) => {
        const label = badges[side];
        const w = Math.max(18, label.length * 7.5 + 8);
        const cx = side === "A" ? left + 4 : right - 4;
        return (
          <g key={side}>
            <rect x={cx - w / 2} y={top - 9} width={w} height={18} rx={9} fill={BADGE_COLOR[side]} />
            <text x={cx} y={top} textAnchor="middle" dominantBaseline="central" fontSize={11.5} fontWeight={700} fill={color.onBadge}>
              {label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function EdgeLabel({ edge: e, labels, score, last }: { edge: EdgeLayout; labels: StateDiagramLabels; score: number | null | undefined; last: boolean }) {
  const lines = e.kind === "stub" ? [] : (labels.edges[e.key] ?? "").split("\n").filter(Boolean);
  if (score !== undefined && score !== null) lines.push(formatScore(score));
  if (lines.length === 0) return null;
  const scoreLine = score !== undefined && score !== null ? lines.length - 1 : -1;
  return (
    <text x={e.label.x} y={e.label.y} textAnchor={e.label.anchor} fontSize={e.kind === "stub" ? 10.5 : 12.5} fontWeight={last ? 700 : 400} {...haloProps}>
      {lines.map((line, k) => (
        <tspan key={k} x={e.label.x} dy={k === 0 ? 0 : 14} fontWeight={k === scoreLine ? 700 : undefined}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function Legend({ labels, scores, y }: { labels: StateDiagramLabels; scores: boolean; y: number }) {
  const steps = Array.from({ length: 11 }, (_, k) => k / 10);
  return (
    <g fontSize={11.5}>
      <g stroke={color.muted} strokeWidth={1.4} fill="none">
        <line x1={16} x2={30} y1={y + 8} y2={y + 8} strokeDasharray="3 2" />
        <ClosedMark x={35} y={y + 8} width={1.4} />
      </g>
      <text x={46} y={y + 8} dominantBaseline="central">
        {labels.stubLegend}
      </text>
      {scores ? (
        <g>
          <text x={330} y={y + 8} dominantBaseline="central" textAnchor="end" fontWeight={600}>
            {labels.legendTitle}
          </text>
          {steps.map((s, k) => (
            <rect key={s} x={338 + k * 14} y={y + 2} width={14} height={12} fill={scoreColor(s) ?? undefined} />
          ))}
          <text x={338} y={y + 27} textAnchor="middle" fontSize={10.5}>
            0%
          </text>
          <text x={338 + 77} y={y + 27} textAnchor="middle" fontSize={10.5}>
            50%
          </text>
          <text x={338 + 154} y={y + 27} textAnchor="middle" fontSize={10.5}>
            100%
          </text>
          <line x1={510} x2={536} y1={y + 8} y2={y + 8} stroke={color.muted} strokeWidth={1.4} strokeDasharray="4 3" />
          <text x={541} y={y + 8} dominantBaseline="central" fontSize={10.5}>
            {labels.noData}
          </text>
        </g>
      ) : null}
    </g>
  );
}
