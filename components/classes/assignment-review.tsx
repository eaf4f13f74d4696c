import { FeedbackPanel } from "@/components/practice/feedback-panel";
import { formatResponse } from "@/components/practice/format-response";
import { Card } from "@/components/ui/card";
import type { Translator } from "@/lib/i18n/translate";
import type { AssignmentItemDto } from "@/lib/teach/dto";

/**
 * A submitted attempt: each question with the student's answer, and the feedback when answers are
 * shown. The panel gets only the answer's format of the question (not its diagram) and draws the
 * run when opened: ten drawn runs were most of the page (issue 12).
 */
export function AssignmentReview({ items, t, noFlags }: { items: AssignmentItemDto[]; t: Translator<"teach">; noFlags: string }) {
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
              <FeedbackPanel question={{ input: item.question.input }} result={item.result} isGuest={false} diagramOnOpen />
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
