"use client";
import { useEffect, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import type { ActionState } from "@/lib/action-result";

/**
 * The form-level message after a failed submit. Focus moves to it so keyboard and screen reader
 * users land on the explanation; it is also an alert, announced when it appears.
 */
export function FormAlert({ state, id }: { state: ActionState<unknown>; id: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state && !state.ok) ref.current?.focus();
  }, [state]);
  if (!state || state.ok) return null;
  return (
    <div ref={ref} tabIndex={-1} className="focus:outline-none">
      <Alert tone="error" id={id}>
        {state.message}
      </Alert>
    </div>
  );
}
