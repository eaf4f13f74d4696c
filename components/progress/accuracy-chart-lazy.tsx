"use client";
// The chart's code (visx) is fetched only when the chart is on screen, not with the page.
import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";
import type { AccuracyChartDatum } from "./accuracy-chart";

const AccuracyChart = dynamic(() => import("./accuracy-chart"), {
  ssr: false,
  loading: () => <Skeleton className="h-[220px] w-full" />,
});

export function AccuracyChartLazy({ data, label }: { data: AccuracyChartDatum[]; label: string }) {
  return <AccuracyChart data={data} label={label} />;
}
