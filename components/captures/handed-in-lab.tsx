"use client";

import { useMemo } from "react";
import { CaptureLab } from "./capture-lab";

/** A student's handed-in capture in the capture lab, for their teacher: analysed here, nothing saved, questions for the bank. */
export function HandedInLab({ name, data }: { name: string; data: string }) {
  const initial = useMemo(() => ({ name, bytes: Uint8Array.from(atob(data), (c) => c.charCodeAt(0)) }), [name, data]);
  return <CaptureLab samples={[]} initial={initial} saved={null} canAuthor showAccount={false} />;
}
