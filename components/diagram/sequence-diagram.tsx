import type { TcpState, Trace } from "@/lib/tcp/types";
import { color, DIAGRAM_CLASS, haloProps, MONO_CHAR_EM, MONO_FONT, r2, SANS_FONT, srOnly, THEME_CSS, fillTemplate } from "./diagram-style";
import type { HiddenField, StateForm } from "./segment-label";
import { describeSequence, formatSeconds, mergeSequenceLabels, type SequenceLabelsInput } from "./sequence-labels";
import { layoutSequence, SEQ, type ArrowGeometry, type SequenceLayout, type StateMark } from "./sequence-layout";

export interface SequenceDiagramProps {
  trace: Trace;
  /** A step index (`i`): its segments, state labels and rows are highlighted. */
  highlightStep?: number;
  highlightSegments?: readonly number[];
  /** Values drawn as numbered blanks "(1)", "(2)"... in this order, for fill-in-the-blank questions. */
  hiddenFields?: readonly HiddenField[];
  /** False when the question does not ask for the hidden fields: they are drawn "?", not "(1)". */
  numberBlanks?: boolean;
  labels?: SequenceLabelsInput;
  title?: string;
  className?: string;
  /** "short" writes SYN-RCVD and ESTAB; the spoken description always uses the RFC names. */
  stateForm?: StateForm;
  stateNames?: Partial<Record<TcpState, string>>;
}

/**
 * The classic TCP sequence (ladder) diagram of a trace: A's timeline on the left, B's on the
 * right, one slanted arrow per segment. Pure SVG from props: renders on the server and the client.
 */
export function SequenceDiagram(props: SequenceDiagramProps) {
  const { trace, highlightStep, highlightSegments = [], hiddenFields, title, className } = props;
  const labels = mergeSequenceLabels(props.labels);
  const numberBlanks = props.numberBlanks ?? true;
  const layout = layoutSequence(trace, { hiddenFields, numberBlanks, stateForm: props.stateForm, stateNames: props.stateNames });
  const description = describeSequence(layout, trace.steps.length, labels, hiddenFields, numberBlanks);
  const lit = (a: ArrowGeometry) =>
    highlightSegments.includes(a.segment.id) || (highlightStep !== undefined && (a.sentStep === highlightStep || a.receivedStep === highlightStep));
  const band = layout.steps.find((s) => s.step === highlightStep);

  return (
    <figure className={className} style={{ margin: 0, position: "relative" }}>
      {title ? <figcaption style={{ fontWeight: 600, marginBottom: "0.25rem" }}>{title}</figcaption> : null}
      <svg
        className={DIAGRAM_CLASS}
        viewBox={`0 0 ${layout.width} ${r2(layout.height)}`}
        width="100%"
        role="img"
        aria-label={title ? fillTemplate(labels.namedSummary, { name: title, summary: description.summary }) : description.summary}
        style={{ display: "block", maxWidth: "32rem", height: "auto", margin: "0 auto", overflow: "visible" }}
        fontFamily={SANS_FONT}
        fill="currentColor"
      >
        <style>{THEME_CSS}</style>
        {band ? (
          <rect x={0} width={layout.width} y={r2(Math.min(band.y0, band.y1 - 2))} height={r2(Math.max(band.y1 - band.y0, 4))} fill={color.accentSoft} rx={4} />
        ) : null}
        <Timelines layout={layout} sides={labels.sides} />
        {layout.gaps.map((g) => (
          <g key={`gap-${g.step}`} fontSize={12} textAnchor="middle" {...haloProps}>
            <text x={layout.width / 2} y={r2((g.y0 + g.y1) / 2 - (g.timeWaitExpired.length ? 3 : -4))}>
              {fillTemplate(labels.timeJump, { seconds: formatSeconds(g.seconds) })}
            </text>
            {g.timeWaitExpired.length ? (
              <text x={layout.width / 2} y={r2((g.y0 + g.y1) / 2 + 12)} fill={color.muted} fontSize={11}>
                {labels.timeWaitExpired}
              </text>
            ) : null}
          </g>
        ))}
        {layout.arrows.map((a) => (
          <Arrow key={`arrow-${a.segment.id}`} arrow={a} lit={lit(a)} />
        ))}
        {layout.states.map((m) => (
          <StateLabel key={`state-${m.side}-${m.step}`} mark={m} lit={m.step === highlightStep} />
        ))}
        {layout.arrows.map((a) => (
          <ArrowText key={`label-${a.segment.id}`} arrow={a} lit={lit(a)} />
        ))}
        {layout.arrows.map((a) => (a.cross ? <LossMark key={`loss-${a.segment.id}`} x={a.cross.x} y={a.cross.y} /> : null))}
      </svg>
      <ol style={srOnly}>
        {description.items.map((text, k) => (
          <li key={k}>{text}</li>
        ))}
      </ol>
    </figure>
  );
}

function Timelines({ layout, sides }: { layout: SequenceLayout; sides: Record<"A" | "B", string> }) {
  const breaks = layout.gaps.map((g) => [g.y0, g.y1] as const);
  // Solid between time jumps, dashed across them.
  const pieces: { y0: number; y1: number; dashed: boolean }[] = [];
  let y = layout.lineTop;
  for (const [g0, g1] of breaks) {
    pieces.push({ y0: y, y1: g0, dashed: false }, { y0: g0, y1: g1, dashed: true });
    y = g1;
  }
  pieces.push({ y0: y, y1: layout.lineBottom, dashed: false });
  return (
    <g>
      {(["A", "B"] as const).map((side) => {
        const x = layout.lineX[side];
        return (
          <g key={side}>
            <text x={x} y={layout.nameY} textAnchor="middle" fontSize={14} fontWeight={700}>
              {sides[side]}
            </text>
            {pieces.map((p, k) => (
              <line
                key={k}
                x1={x}
                x2={x}
                y1={r2(p.y0)}
                y2={r2(p.y1)}
                stroke="currentColor"
                strokeWidth={p.dashed ? 1.2 : 1.6}
                strokeDasharray={p.dashed ? "2 4" : undefined}
              />
            ))}
            {breaks.map(([g0, g1], k) => {
              const mid = (g0 + g1) / 2;
              return (
                <g key={`break-${k}`} stroke="currentColor" strokeWidth={1.2}>
                  <line x1={x - 6} x2={x + 6} y1={r2(mid - 1)} y2={r2(mid - 5)} />
                  <line x1={x - 6} x2={x + 6} y1={r2(mid + 5)} y2={r2(mid + 1)} />
                </g>
              );
            })}
          </g>
        );
      })}
    </g>
  );
}

function Arrow({ arrow: a, lit }: { arrow: ArrowGeometry; lit: boolean }) {
  const stroke = lit ? color.accent : color.fg;
  const width = lit ? 2.6 : 1.4;
  return (
    <g stroke={stroke} fill={stroke} strokeWidth={width} strokeLinecap="round">
      <line x1={a.x1} y1={r2(a.y1)} x2={r2(a.x2)} y2={r2(a.y2)} />
      {a.head ? <polygon points={a.head.map(([x, y]) => `${r2(x)},${r2(y)}`).join(" ")} strokeWidth={1} strokeLinejoin="round" /> : null}
      {a.tail ? <line x1={r2(a.tail.x1)} y1={r2(a.tail.y1)} x2={r2(a.tail.x2)} y2={r2(a.tail.y2)} strokeDasharray="4 4" /> : null}
      {a.copy ? <circle cx={a.x1} cy={r2(a.y1)} r={3.5} fill={color.halo} /> : null}
    </g>
  );
}

/** The ✕ where a segment is lost, drawn over everything with an outline so it always shows. */
function LossMark({ x, y }: { x: number; y: number }) {
  const d = `M${r2(x - 5)},${r2(y - 5)}L${r2(x + 5)},${r2(y + 5)}M${r2(x - 5)},${r2(y + 5)}L${r2(x + 5)},${r2(y - 5)}`;
  return (
    <g fill="none" strokeLinecap="round">
      <path d={d} stroke={color.halo} strokeWidth={6} />
      <path d={d} stroke={color.loss} strokeWidth={2.6} />
    </g>
  );
}

function ArrowText({ arrow: a, lit }: { arrow: ArrowGeometry; lit: boolean }) {
  const { lines, fontSize, placed } = a.label;
  const cw = fontSize * MONO_CHAR_EM;
  const ascent = fontSize * 0.72;
  return (
    <g
      transform={`translate(${r2(placed.x)} ${r2(placed.y)}) rotate(${r2(placed.angle)})`}
      fontFamily={MONO_FONT}
      fontSize={r2(fontSize)}
      fill={lit ? color.accent : color.fg}
      fontWeight={lit ? 700 : 400}
    >
      {lines.map((line, row) => {
        const baseline = r2(placed.baselines[row] ?? 0);
        return line.parts.map((part, k) => {
          const x = line.offsets[k]!;
          if (part.blank === undefined) {
            return (
              <text key={`${row}-${k}`} x={r2(x)} y={baseline} {...haloProps} xmlSpace="preserve">
                {part.text}
              </text>
            );
          }
          return (
            <g key={`${row}-${k}`}>
              <rect
                x={r2(x)}
                y={r2(baseline - ascent - 2.5)}
                width={r2((part.text.length + 1) * cw)}
                height={r2(ascent + 5)}
                rx={2}
                fill={color.halo}
                stroke="currentColor"
                strokeWidth={1}
              />
              <text x={r2(x + cw / 2)} y={baseline} fontWeight={700}>
                {part.text}
              </text>
            </g>
          );
        });
      })}
    </g>
  );
}

function StateLabel({ mark: m, lit }: { mark: StateMark; lit: boolean }) {
  const fill = lit ? color.accent : color.fg;
  const boxWidth = (m.text.length + 1) * SEQ.stateFont * MONO_CHAR_EM;
  return (
    <g fontFamily={MONO_FONT} fontSize={SEQ.stateFont} fill={fill} fontWeight={lit ? 700 : 500}>
      <circle cx={SEQ.lineX[m.side]} cy={r2(m.y)} r={m.step < 0 ? 0 : 2.6} />
      {m.blank !== null ? (
        <rect
          x={r2(m.anchor === "end" ? m.x - boxWidth - 2 : m.x + 2)}
          y={r2(m.y - 9)}
          width={r2(boxWidth)}
          height={18}
          rx={2}
          fill={color.halo}
          stroke="currentColor"
          strokeWidth={1}
        />
      ) : null}
      <text
        x={r2(m.blank !== null ? (m.anchor === "end" ? m.x - boxWidth / 2 - 2 : m.x + boxWidth / 2 + 2) : m.x)}
        y={r2(m.y)}
        dominantBaseline="central"
        textAnchor={m.blank !== null ? "middle" : m.anchor}
        fontWeight={m.blank !== null ? 700 : undefined}
      >
        {m.text}
      </text>
    </g>
  );
}
