import { formatResponse } from "@/components/practice/format-response";
import { Card } from "@/components/ui/card";
import type { Translator } from "@/lib/i18n/translate";
import type { ReviewItemDto } from "@/lib/teach/dto";
import { ReviewFeedback } from "./review-feedback";

/**
 * A submitted attempt: each question with the student's answer, and the feedback when answers are
 * shown. The panel gets only the answer's format of the question, and no run: it fetches the run
 * and draws it when the student opens it (ten runs, drawn or as data, were most of the page, issue 12).
 */
export function AssignmentReview(props: { assignmentId: string; attempt: number; items: ReviewItemDto[]; t: Translator<"teach">; noFlags: string }) {
  const { assignmentId, attempt, items, t, noFlags } = props;
  return (
    <ol className="space-y-4">
      {items.map((item) => (
        <li key={item.index}>
          <Card className="space-y-4 p-4 sm:p-6">
            <h3 className="text-sm font-medium text-muted">
              {t("questionOf", { n: item.index + 1, total: items.length })} · {item.question.templateTitle}
            </h3>
            <p className="leading-relaxed">{item.question.prompt}</p>
            {item.result ? (
              <ReviewFeedback assignmentId={assignmentId} attempt={attempt} itemIndex={item.index} input={item.question.input} result={item.result} />
            ) : (
              <p className="text-sm">
                <span className="font-medium text-muted">{t("answerLabelColon")}</span>{" "}
                <span className="font-mono">{item.response ? formatResponse(item.response, item.question.input, { noFlags }) : t("noAnswer")}</span>
              </p>
            )}
          </Card>
        </li>
      ))}
    </ol>
  );
}
