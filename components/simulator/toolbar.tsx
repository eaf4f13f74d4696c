"use client";

import { useId, useState } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { PRESETS, type Preset } from "@/lib/simulator/presets";

function Icon({ d }: { d: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-4"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={d} />
    </svg>
  );
}

const ICON = {
  start: "M6 5v14M18 6l-8 6 8 6z",
  undo: "M9 14 4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3",
  redo: "m15 14 5-5-5-5M20 9H10a6 6 0 0 0 0 12h3",
  end: "M18 5v14M6 6l8 6-8 6z",
};

export function HistoryBar({ cursor, total, onSeek, onClear }: { cursor: number; total: number; onSeek: (cursor: number) => void; onClear: () => void }) {
  const t = useT("simulator");
  const hintId = useId();
  return (
    <div role="group" aria-label={t("historyLabel")} aria-describedby={hintId} className="flex flex-col gap-1.5">
      <div className="flex flex-wrap items-center gap-x-1.5 gap-y-2">
        <div className="flex items-center gap-1.5">
          <Button size="sm" variant="ghost" className="px-2.5" disabled={cursor === 0} aria-label={t("toStart")} title={t("toStart")} onClick={() => onSeek(0)}>
            <Icon d={ICON.start} />
          </Button>
          <Button size="sm" variant="secondary" disabled={cursor === 0} onClick={() => onSeek(cursor - 1)}>
            <Icon d={ICON.undo} />
            {t("undo")}
          </Button>
          <Button size="sm" variant="secondary" disabled={cursor === total} onClick={() => onSeek(cursor + 1)}>
            {t("redo")}
            <Icon d={ICON.redo} />
          </Button>
          <Button
            size="sm"
            variant="ghost"
            className="px-2.5"
            disabled={cursor === total}
            aria-label={t("toEnd")}
            title={t("toEnd")}
            onClick={() => onSeek(total)}
          >
            <Icon d={ICON.end} />
          </Button>
        </div>
        <div className="flex items-center gap-1.5">
          <p className="px-1.5 text-sm font-medium whitespace-nowrap tabular-nums" data-testid="history-position">
            {t("position", { cursor, total })}
          </p>
          <Button size="sm" variant="ghost" className="text-muted" disabled={total === 0} aria-label={t("clearName")} onClick={onClear}>
            {t("clear")}
          </Button>
        </div>
      </div>
      <p id={hintId} className="text-xs text-muted">
        {t("shortcuts")}
      </p>
    </div>
  );
}

export function PresetPicker({ onLoad }: { onLoad: (preset: Preset) => void }) {
  const t = useT("simulator");
  const locale = useLocale();
  const selectId = useId();
  const hintId = useId();
  const [chosen, setChosen] = useState("");
  const preset = PRESETS.find((p) => p.id === chosen);
  return (
    <form
      className="min-w-0 flex-1 basis-72 lg:max-w-md"
      onSubmit={(e) => {
        e.preventDefault();
        if (preset) onLoad(preset);
      }}
    >
      <label htmlFor={selectId} className="block text-sm font-medium">
        {t("presetLabel")}
      </label>
      <div className="mt-1 flex gap-2">
        <select
          id={selectId}
          value={chosen}
          aria-describedby={hintId}
          onChange={(e) => setChosen(e.target.value)}
          className="block min-h-9 min-w-0 flex-1 rounded-lg border border-border-strong bg-surface px-2 text-sm text-fg"
        >
          <option value="">{t("presetPlaceholder")}</option>
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name[locale]}
            </option>
          ))}
        </select>
        <Button type="submit" size="sm" disabled={!preset} className="shrink-0">
          {t("loadPreset")}
        </Button>
      </div>
      <p id={hintId} className="mt-1.5 text-xs text-muted">
        {preset ? `${preset.summary[locale]} ` : null}
        {t("presetHint")}
      </p>
    </form>
  );
}
