"use client";
// The two faces of a card. Client components (they read the catalogue with useT) that take the
// card's view as plain data, so the review session and the guests' sample card share them.
import { PcapDownloadButton } from "@/components/captures/pcap-download-button";
import { SequenceDiagram } from "@/components/diagram/sequence-diagram";
import { useT } from "@/components/i18n/i18n-provider";
import type { CardView, ConceptCardView, EngineCardView, SegmentView } from "@/lib/flashcards/types-public";
import { diagramLabels } from "@/components/practice/diagram-labels";

function Segment({ segment }: { segment: SegmentView }) {
  return (
    <li className="flex flex-wrap items-baseline gap-x-2 rounded-lg bg-surface-raised px-3 py-2 font-mono text-sm">
      <span className="text-muted">
        {segment.from} → {segment.to}
      </span>
      <span className="font-semibold text-fg">{segment.text}</span>
    </li>
  );
}

function EngineFront({ card }: { card: EngineCardView }) {
  return (
    <div className="space-y-3">
      <p className="text-lg font-semibold text-fg">{card.situation}</p>
      {card.context.map((line) => (
        <p key={line} className="text-base leading-relaxed text-fg">
          {line}
        </p>
      ))}
      {card.tcb ? <p className="break-words font-mono text-sm text-muted">{card.tcb}</p> : null}
      <p className="rounded-lg border-l-4 border-accent bg-accent-soft px-3 py-2 text-base font-medium break-words text-accent-soft-fg">{card.event}</p>
      <p className="text-sm text-muted">{card.prompt}</p>
    </div>
  );
}

function EngineBack({ card }: { card: EngineCardView }) {
  const t = useT("flashcards");
  // The diagram's words are shared with practice's feedback diagram.
  const tDiagram = useT("practice");
  const { result } = card;
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <p className="text-lg font-semibold text-fg">{result.stateLine}</p>
        {result.otherStates.map((line) => (
          <p key={line} className="text-sm text-muted">
            {line}
          </p>
        ))}
      </div>
      <div>
        <p className="text-sm font-medium text-fg">{result.sent.length > 0 ? t("sent") : result.sentLine}</p>
        {result.sent.length > 0 ? (
          <ul className="mt-1.5 space-y-1.5">
            {result.sent.map((s, k) => (
              <Segment key={k} segment={s} />
            ))}
          </ul>
        ) : null}
      </div>
      {result.notes.map((note) => (
        <p key={note} className="text-sm text-fg">
          {note}
        </p>
      ))}
      <div className="rounded-lg border border-border bg-surface-raised px-3 py-2">
        <p className="text-xs font-semibold tracking-wide text-muted uppercase">{t("rule")}</p>
        <p className="mt-1 text-sm leading-relaxed text-fg">{card.rule}</p>
      </div>
      <details className="group rounded-lg border border-border" open>
        <summary className="cursor-pointer rounded-lg px-3 py-2 text-sm font-medium text-fg hover:bg-surface-raised">{t("diagram")}</summary>
        <div className="overflow-x-auto px-2 pb-3">
          <SequenceDiagram trace={card.diagram.trace} highlightStep={card.diagram.highlightStep} labels={diagramLabels(tDiagram)} />
          <p className="mt-2 text-center text-xs text-muted">{t("computed")}</p>
          <div className="mt-2 flex justify-center">
            <PcapDownloadButton trace={card.diagram.trace} name="flashcard" />
          </div>
        </div>
      </details>
    </div>
  );
}

function ConceptBack({ card }: { card: ConceptCardView }) {
  const t = useT("flashcards");
  return (
    <div className="space-y-3">
      {card.answer.map((paragraph) => (
        <p key={paragraph} className="text-base leading-relaxed text-fg">
          {paragraph}
        </p>
      ))}
      <p className="text-xs text-muted">{t("source", { source: card.source })}</p>
    </div>
  );
}

export function CardFront({ card }: { card: CardView }) {
  return card.kind === "engine" ? <EngineFront card={card} /> : <p className="text-lg leading-relaxed font-semibold text-fg">{card.question}</p>;
}

export function CardBack({ card }: { card: CardView }) {
  return card.kind === "engine" ? <EngineBack card={card} /> : <ConceptBack card={card} />;
}
