"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import type { AnalysedConnection } from "@/lib/capture";

const MAX_LISTED = 500;

/** Every connection of the capture: endpoints, segments, how it ended; one button each to show it. */
export function ConnectionList({
  connections,
  selected,
  onSelect,
}: {
  connections: readonly AnalysedConnection[];
  selected: number;
  onSelect: (index: number) => void;
}) {
  const t = useT("captures");
  const listed = connections.slice(0, MAX_LISTED);
  return (
    <section aria-labelledby="capture-connections" className="rounded-xl border border-border bg-surface p-4 shadow-sm">
      <h2 id="capture-connections" className="text-base font-semibold">
        {t("connectionsHeading")}
      </h2>
      {connections.length > MAX_LISTED ? (
        <p className="mt-1 text-sm text-muted">{t("moreConnections", { shown: MAX_LISTED, total: connections.length })}</p>
      ) : null}
      <div className="mt-2 max-h-80 overflow-auto" tabIndex={0} role="region" aria-labelledby="capture-connections">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-border text-muted">
              <th scope="col" className="py-1 pr-2">
                {t("col_number")}
              </th>
              <th scope="col" className="py-1 pr-2">
                {t("col_client")}
              </th>
              <th scope="col" className="py-1 pr-2">
                {t("col_server")}
              </th>
              <th scope="col" className="py-1 pr-2">
                {t("col_segments")}
              </th>
              <th scope="col" className="py-1 pr-2">
                {t("col_end")}
              </th>
              <th scope="col" className="py-1">
                <span className="sr-only">{t("showConnection", { n: "" })}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {listed.map((c, index) => (
              <tr key={index} className={index === selected ? "bg-accent-soft" : undefined}>
                <td className="py-1 pr-2 tabular-nums">{index + 1}</td>
                <td className="py-1 pr-2 font-mono text-xs break-all">{c.client}</td>
                <td className="py-1 pr-2 font-mono text-xs break-all">{c.server}</td>
                <td className="py-1 pr-2 tabular-nums">{c.segments.length}</td>
                <td className="py-1 pr-2 font-mono text-xs">
                  {c.end.client} / {c.end.server}
                </td>
                <td className="py-1">
                  {index === selected ? (
                    <span className="text-xs text-muted">{t("shown")}</span>
                  ) : (
                    <Button size="sm" variant="ghost" onClick={() => onSelect(index)} aria-label={t("showConnection", { n: index + 1 })}>
                      {t("showConnection", { n: index + 1 })}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
