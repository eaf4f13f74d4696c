import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SequenceDiagram } from "@/components/diagram/sequence-diagram";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { diagramLabels } from "@/components/practice/diagram-labels";
import { getLocale, getT } from "@/lib/server/i18n";
import { requireTeacher } from "@/lib/server/session";
import { previewAssignment } from "@/lib/server/teach/preview-assignment";

type Props = { params: Promise<{ assignmentId: string }>; searchParams: Promise<{ sample?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("teach"))("preview") };
}

/** A sample variant with its keys: the teacher sees what a student would, and the answers. */
export default async function PreviewPage({ params, searchParams }: Props) {
  const teacher = await requireTeacher();
  const { assignmentId } = await params;
  const raw = Number((await searchParams).sample ?? "1");
  const sample = Number.isInteger(raw) && raw >= 1 && raw <= 1_000_000 ? raw : 1;
  const locale = await getLocale();
  const [t, practice, preview] = await Promise.all([
    getT("teach"),
    getT("practice"),
    previewAssignment({ teacherId: teacher.id, assignmentId, sample, locale }),
  ]);
  if (!preview) notFound();
  const { assignment, items } = preview;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <Link href={`/teach/assignments/${assignment.id}`} className="text-sm text-muted underline-offset-4 hover:underline">
          ← {t("backToResults")}
        </Link>
        <h1 className="text-3xl font-semibold tracking-tight break-words">{t("previewTitle", { title: assignment.title })}</h1>
        <p className="text-muted">{t("previewIntro")}</p>
        <ButtonLink href={`/teach/assignments/${assignment.id}/preview?sample=${sample + 1}`} variant="secondary" size="sm">
          {t("anotherSample")}
        </ButtonLink>
      </header>
      <ol className="space-y-4">
        {items.map((item, index) => (
          <li key={index}>
            <Card className="space-y-4 p-4 sm:p-6">
              <h2 className="text-sm font-medium text-muted">
                {t("questionOf", { n: index + 1, total: items.length })} · {item.question.templateTitle}
              </h2>
              <p className="text-lg leading-relaxed" data-testid="preview-prompt">
                {item.question.prompt}
              </p>
              {item.question.diagram ? (
                <div className="rounded-xl border border-border p-2 sm:p-4">
                  <SequenceDiagram
                    trace={item.question.diagram.trace}
                    highlightStep={item.question.diagram.highlightStep}
                    highlightSegments={item.question.diagram.highlightSegments}
                    hiddenFields={item.question.diagram.hiddenFields}
                    numberBlanks={item.question.input.kind === "diagram-blanks"}
                    labels={diagramLabels(practice)}
                    title={practice("situationTitle")}
                    className="text-fg"
                  />
                </div>
              ) : null}
              <p className="rounded-lg border border-success bg-success-soft px-3 py-2 text-sm text-fg">
                <span className="font-semibold text-success">{t("keyLabel")}:</span> <span data-testid="preview-key">{item.keyText}</span>{" "}
                <span className="text-muted">· {t("rfcLabel", { section: item.rfc })}</span>
              </p>
            </Card>
          </li>
        ))}
      </ol>
    </div>
  );
}
