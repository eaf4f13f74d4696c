"use client";
import { useCallback } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { FeedbackPanel } from "@/components/practice/feedback-panel";
import { reviewDiagramAction } from "@/lib/server/classes/actions";
import type { ResultWithoutDiagramDto } from "@/lib/practice/dto";
import type { PublicInput } from "@/lib/questions";

/** One reviewed answer's verdict; its run's diagram is fetched from the server when the student opens it. */
export function ReviewFeedback(props: { assignmentId: string; attempt: number; itemIndex: number; input: PublicInput; result: ResultWithoutDiagramDto }) {
  const { assignmentId, attempt, itemIndex, input, result } = props;
  const t = useT("teach");
  const loadDiagram = useCallback(async () => {
    try {
      const answer = await reviewDiagramAction({ assignmentId, attempt, itemIndex });
      return answer.ok ? answer.data : { error: answer.message };
    } catch {
      return { error: t("networkError") };
    }
  }, [assignmentId, attempt, itemIndex, t]);
  return <FeedbackPanel question={{ input }} result={result} isGuest={false} diagramOnOpen loadDiagram={loadDiagram} />;
}
