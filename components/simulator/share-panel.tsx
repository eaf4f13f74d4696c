"use client";

import { useId, useRef, useState } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PcapDownloadButton } from "@/components/captures/pcap-download-button";
import { exportFileName, formatScenarioJson } from "@/lib/simulator/export";
import { importFailureMessage } from "@/lib/simulator/import-message";
import { parseScenarioJson, type Scenario } from "@/lib/tcp";

const MAX_FILE_BYTES = 1_000_000;

type Status = { tone: "success" | "error"; text: string; id: number } | null;

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Link, export and import. An import is parsed in full before anything changes: an invalid file
 * or paste leaves the simulator as it was and says which field is wrong.
 */
export function SharePanel({ exported, onImport }: { exported: Scenario; onImport: (scenario: Scenario, name: string) => void }) {
  const t = useT("simulator");
  const common = useT("common");
  const locale = useLocale();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [pasted, setPasted] = useState("");
  const [status, setStatus] = useState<Status>(null);
  const say = (tone: "success" | "error", text: string) => setStatus((s) => ({ tone, text, id: (s?.id ?? 0) + 1 }));

  const load = (text: string, name: string): boolean => {
    const parsed = parseScenarioJson(text);
    if (!parsed.ok) {
      say("error", importFailureMessage(parsed, locale, t));
      return false;
    }
    setStatus(null);
    onImport(parsed.scenario, name);
    return true;
  };

  const copy = async (text: string, done: string) => {
    if (await copyText(text)) say("success", done);
    else say("error", t("copyFailed"));
  };

  const download = () => {
    const blob = new Blob([formatScenarioJson(exported)], { type: "application/json" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = exportFileName(exported);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <div className="space-y-4">
      <div>
        <div className="flex flex-wrap gap-2">
          <Button size="sm" variant="secondary" onClick={() => copy(window.location.href, t("linkCopied"))}>
            {t("copyLink")}
          </Button>
          <Button size="sm" variant="secondary" onClick={download}>
            {t("downloadJson")}
          </Button>
          <PcapDownloadButton scenario={exported} name={exportFileName(exported).replace(/\.json$/, "")} />
          <Button size="sm" variant="secondary" onClick={() => copy(formatScenarioJson(exported), t("jsonCopied"))}>
            {t("copyJson")}
          </Button>
        </div>
        <p className="mt-1.5 text-xs text-muted">
          {common("sentenceJoin", { first: t("linkHint"), second: t("exportHint", { count: exported.steps.length }) })}
        </p>
      </div>

      <div>
        <label htmlFor={`${id}-file`} className="block text-sm font-medium">
          {t("importFile")}
        </label>
        <input
          ref={fileRef}
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            try {
              if (file.size > MAX_FILE_BYTES) say("error", t("importTooLarge"));
              else load(await file.text(), t("importedFile", { name: file.name }));
            } catch {
              say("error", t("importUnreadable"));
            } finally {
              // The same file can be picked again after a fix.
              input.value = "";
            }
          }}
          className="mt-1 block w-full text-sm text-muted file:mr-3 file:min-h-9 file:cursor-pointer file:rounded-lg file:border file:border-border-strong file:bg-surface file:px-3 file:text-sm file:font-medium file:text-fg hover:file:bg-surface-raised"
        />
      </div>

      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (load(pasted, t("pastedScenario"))) setPasted("");
        }}
      >
        <label htmlFor={`${id}-paste`} className="block text-sm font-medium">
          {t("pasteLabel")}
        </label>
        <textarea
          id={`${id}-paste`}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          rows={4}
          spellCheck={false}
          placeholder='{"isn":{"A":1000,"B":5000},"steps":[{"call":"listen","on":"B"}]}'
          className="mt-1 block w-full rounded-lg border border-border-strong bg-surface px-2 py-1.5 font-mono text-xs"
        />
        <Button type="submit" size="sm" variant="secondary" className="mt-2" disabled={pasted.trim() === ""}>
          {t("pasteLoad")}
        </Button>
      </form>

      {status ? (
        <Alert key={status.id} tone={status.tone} className="break-words">
          {status.text}
        </Alert>
      ) : null}
    </div>
  );
}
