"use client";
import { useActionState } from "react";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { TextField } from "@/components/ui/text-field";
import { NEW_CARDS_PER_DAY_MAX } from "@/lib/schemas/flashcards-limits";
import { saveFlashcardSettingsAction } from "@/lib/server/flashcards/actions";

/** New cards per day and the single-key shortcuts switch (WCAG 2.2 SC 2.1.4), kept per learner. */
export function SettingsForm({ newCardsPerDay, shortcutsEnabled }: { newCardsPerDay: number; shortcutsEnabled: boolean }) {
  const t = useT("flashcards");
  const [state, formAction, pending] = useActionState(saveFlashcardSettingsAction, null);
  const failed = state && !state.ok ? state : null;
  const saved = state?.ok ? state.data : null;
  return (
    <Card>
      <CardTitle>{t("settingsTitle")}</CardTitle>
      <form action={formAction} noValidate className="mt-4 space-y-5">
        {failed ? <Alert tone="error">{failed.message}</Alert> : null}
        {saved ? <Alert tone="success">{t("settingsSaved")}</Alert> : null}
        <TextField
          id="newCardsPerDay"
          name="newCardsPerDay"
          type="number"
          inputMode="numeric"
          min={0}
          max={NEW_CARDS_PER_DAY_MAX}
          step={1}
          label={t("newPerDayLabel")}
          hint={t("newPerDayHint")}
          defaultValue={failed?.values?.newCardsPerDay ?? saved?.newCardsPerDay ?? newCardsPerDay}
          errors={failed?.fieldErrors?.newCardsPerDay}
          className="mt-1.5 max-w-32"
        />
        <div className="flex items-start gap-3">
          <input
            id="shortcutsEnabled"
            name="shortcutsEnabled"
            type="checkbox"
            defaultChecked={saved?.shortcutsEnabled ?? shortcutsEnabled}
            aria-describedby="shortcutsEnabled-hint"
            className="mt-1 size-5 shrink-0 accent-[var(--accent)]"
          />
          <div>
            <label htmlFor="shortcutsEnabled" className="text-sm font-medium text-fg">
              {t("shortcutsLabel")}
            </label>
            <p id="shortcutsEnabled-hint" className="text-sm text-muted">
              {t("shortcutsHint")}
            </p>
          </div>
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t("saving") : t("saveSettings")}
        </Button>
      </form>
    </Card>
  );
}
