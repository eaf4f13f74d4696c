"use client";
import { useState, type FormEvent } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cx } from "@/components/ui/cx";
import { DIFFICULTY_CHOICES, type DifficultyChoice, type PracticeMode } from "@/lib/schemas/practice-choices";
import { ConceptChoices } from "./concept-choices";
import type { SetupConceptRow } from "./setup-data";

interface PracticeSetupProps {
  concepts: readonly SetupConceptRow[];
  isGuest: boolean;
  /** The URL asked for a run that could not start (no concept chosen, or no questions). */
  message?: string | null;
  initialMode?: PracticeMode;
  initialConcepts?: readonly string[];
  initialDifficulty?: DifficultyChoice;
}

const choiceClass = (checked: boolean) =>
  cx(
    "flex cursor-pointer gap-3 rounded-xl border p-4 transition-colors",
    "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring",
    checked ? "border-accent bg-accent-soft/60" : "border-border-strong bg-surface hover:bg-surface-raised",
  );

/**
 * The setup screen: adaptive or chosen concepts, and the difficulty. A plain GET form to
 * /practice (mode, c repeated per concept, d), so it works before hydration too; the script only
 * checks that "concepts I choose" has a concept before leaving the page.
 */
export function PracticeSetup({ concepts, isGuest, message, initialMode = "adaptive", initialConcepts = [], initialDifficulty = "auto" }: PracticeSetupProps) {
  const t = useT("practice");
  const [mode, setMode] = useState<PracticeMode>(initialMode);
  const [chosen, setChosen] = useState<string[]>(() => initialConcepts.filter((id) => concepts.some(([c, , , available]) => c === id && available)));
  const [difficulty, setDifficulty] = useState<DifficultyChoice>(initialDifficulty);
  const [problem, setProblem] = useState<string | null>(message ?? null);
  const available = concepts.filter(([, , , open]) => open).map(([id]) => id);
  const toggle = (id: string) => {
    setChosen((list) => (list.includes(id) ? list.filter((c) => c !== id) : [...list, id]));
    setMode("concepts");
    setProblem(null);
  };
  const onSubmit = (event: FormEvent) => {
    if (mode === "concepts" && chosen.length === 0) {
      event.preventDefault();
      setProblem(t("pickConcept"));
    }
  };
  const difficultyLabel: Record<DifficultyChoice, string> = {
    auto: t("difficultyAuto"),
    "1": t("difficulty1"),
    "2": t("difficulty2"),
    "3": t("difficulty3"),
  };

  return (
    <form method="get" action="/practice" onSubmit={onSubmit} className="space-y-6" aria-describedby={problem ? "practice-setup-problem" : undefined}>
      <Card className="space-y-6 p-4 sm:p-6">
        <h2 className="text-xl font-semibold tracking-tight">{t("setupHeading")}</h2>
        <fieldset>
          <legend className="mb-3 text-sm font-semibold">{t("modeLegend")}</legend>
          <div className="grid gap-3 md:grid-cols-2">
            {(["adaptive", "concepts"] as const).map((value) => (
              <label key={value} className={choiceClass(mode === value)}>
                <input
                  type="radio"
                  name="mode"
                  value={value}
                  checked={mode === value}
                  onChange={() => {
                    setMode(value);
                    setProblem(null);
                  }}
                  className="mt-1 size-4 accent-accent"
                />
                <span>
                  <span className="block font-semibold">{value === "adaptive" ? t("modeAdaptive") : t("modeConcepts")}</span>
                  <span className="mt-1 block text-sm text-muted">
                    {value === "adaptive" ? (isGuest ? t("modeAdaptiveGuestBody") : t("modeAdaptiveBody")) : t("modeConceptsBody")}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset aria-describedby="practice-concepts-hint">
          <div className="mb-3 flex flex-wrap items-end justify-between gap-2">
            <div>
              <legend className="text-sm font-semibold">{t("conceptsLegend")}</legend>
              <p id="practice-concepts-hint" className="mt-0.5 text-sm text-muted">
                {t("conceptsHint")}
              </p>
            </div>
            <div className="flex gap-1">
              <Button
                size="sm"
                variant="ghost"
                onClick={() => {
                  setChosen(available);
                  setMode("concepts");
                  setProblem(null);
                }}
              >
                {t("selectAll")}
              </Button>
              <Button size="sm" variant="ghost" onClick={() => setChosen([])}>
                {t("selectNone")}
              </Button>
            </div>
          </div>
          <ConceptChoices concepts={concepts} chosen={chosen} onToggle={toggle} />
        </fieldset>

        <fieldset>
          <legend className="mb-3 text-sm font-semibold">{t("difficultyLegend")}</legend>
          <div className="flex flex-wrap gap-2">
            {DIFFICULTY_CHOICES.map((value) => (
              <label
                key={value}
                className={cx(
                  "flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border px-3 text-sm",
                  "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring",
                  difficulty === value ? "border-accent bg-accent-soft/60 font-medium" : "border-border-strong hover:bg-surface-raised",
                )}
              >
                <input
                  type="radio"
                  name="d"
                  value={value}
                  checked={difficulty === value}
                  onChange={() => setDifficulty(value)}
                  className="size-4 accent-accent"
                />
                {difficultyLabel[value]}
              </label>
            ))}
          </div>
        </fieldset>

        <div aria-live="polite">
          {problem ? (
            <p id="practice-setup-problem" className="text-sm font-medium text-danger">
              {problem}
            </p>
          ) : null}
        </div>

        <Button type="submit" size="lg">
          {t("start")}
        </Button>
      </Card>
    </form>
  );
}
