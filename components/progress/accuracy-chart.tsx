"use client";
// The accuracy-per-week bar chart, drawn with visx (scales and bars only, about 22 kB). Loaded on
// demand by accuracy-chart-lazy.tsx; the table beside it is the text equivalent.
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { useEffect, useRef, useState } from "react";

export interface AccuracyChartDatum {
  /** Short label under the bar ("Nov 24"). */
  label: string;
  /** 0..1, or null for a week without answers. */
  accuracy: number | null;
  /** The bar's tooltip, e.g. "Week of Nov 24: 80% (8 of 10)". */
  title: string;
}

const HEIGHT = 220;
const MARGIN = { top: 20, right: 8, bottom: 28, left: 40 };
const TICKS = [0, 0.25, 0.5, 0.75, 1];

function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

export default function AccuracyChart({ data, label }: { data: AccuracyChartDatum[]; label: string }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const innerWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = scaleBand<number>({ domain: data.map((_, k) => k), range: [0, innerWidth], padding: 0.25 });
  const y = scaleLinear<number>({ domain: [0, 1], range: [innerHeight, 0] });
  // On a narrow screen, label every other week so the dates do not collide.
  const labelEvery = x.bandwidth() + x.step() * x.paddingInner() < 44 ? 2 : 1;
  return (
    <div ref={ref} className="w-full" style={{ height: HEIGHT }}>
      {width > 0 ? (
        <svg width={width} height={HEIGHT} role="img" aria-label={label} className="block text-fg">
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            {TICKS.map((tick) => (
              <g key={tick}>
                <line x1={0} x2={innerWidth} y1={y(tick)} y2={y(tick)} stroke="var(--border)" strokeDasharray={tick === 0 ? undefined : "3 3"} />
                <text x={-8} y={y(tick)} textAnchor="end" dominantBaseline="central" fontSize={11} fill="var(--muted)">
                  {`${tick * 100}%`}
                </text>
              </g>
            ))}
            {data.map((d, k) => {
              const left = x(k) ?? 0;
              const barWidth = x.bandwidth();
              const top = d.accuracy === null ? innerHeight : y(d.accuracy);
              return (
                <g key={k}>
                  <title>{d.title}</title>
                  {d.accuracy === null ? (
                    <text x={left + barWidth / 2} y={innerHeight - 6} textAnchor="middle" fontSize={11} fill="var(--muted)">
                      –
                    </text>
                  ) : (
                    <>
                      <Bar x={left} y={top} width={barWidth} height={Math.max(innerHeight - top, 1)} rx={3} fill="var(--accent)" />
                      {barWidth >= 22 ? (
                        <text x={left + barWidth / 2} y={top - 5} textAnchor="middle" fontSize={10.5} fontWeight={600} fill="currentColor">
                          {Math.round(d.accuracy * 100)}
                        </text>
                      ) : null}
                    </>
                  )}
                  {k % labelEvery === (data.length - 1) % labelEvery ? (
                    <text x={left + barWidth / 2} y={innerHeight + 17} textAnchor="middle" fontSize={10.5} fill="var(--muted)">
                      {d.label}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </g>
        </svg>
      ) : null}
    </div>
  );
}
