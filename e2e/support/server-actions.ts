// Server Actions as an attacker sees them: public POST endpoints. The build's manifest lists every
// action with its id, file, export and the pages that can run it, so specs can call each one
// directly over HTTP with whatever arguments they like, the way React's client would encode them.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { PROJECT_ROOT } from "../../scripts/db/schema-engine";

export interface ServerActionInfo {
  id: string;
  /** Source file, e.g. lib/server/authentication/actions.ts */
  file: string;
  exportedName: string;
  /** A page path that runs the action (dynamic segments filled with a placeholder). */
  path: string;
}

interface ManifestEntry {
  workers: Record<string, unknown>;
  filename?: string;
  exportedName?: string;
}

/** "app/flashcards/review/page" -> "/flashcards/review"; "[id]" segments become "x". */
function pagePath(worker: string): string {
  const route = worker.replace(/^app/, "").replace(/\/page$/, "");
  const filled = route
    .split("/")
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => (/^\[.*\]$/.test(segment) ? "x" : segment))
    .join("/");
  return filled === "" ? "/" : filled;
}

export function listServerActions(): ServerActionInfo[] {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const manifestPath = path.join(PROJECT_ROOT, distDir, "server/server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node)
    .filter(([, entry]) => entry.filename && entry.exportedName)
    .map(([id, entry]) => {
      // Prefer a page that is not the not-found page, which every layout-level action also lists.
      const workers = Object.keys(entry.workers).filter((worker) => worker.endsWith("/page"));
      const worker = workers.find((w) => !w.includes("_not-found")) ?? workers[0] ?? "app/page";
      return { id, file: entry.filename!, exportedName: entry.exportedName!, path: pagePath(worker) };
    })
    .sort((a, b) => `${a.file}#${a.exportedName}`.localeCompare(`${b.file}#${b.exportedName}`));
}

export function findServerAction(exportedName: string): ServerActionInfo {
  const found = listServerActions().find((action) => action.exportedName === exportedName);
  if (!found) throw new Error(`no server action named ${exportedName} in the build`);
  return found;
}

/**
 * A JSON value as React's encodeReply writes it: strings that begin with "$" get one more "$"
 * (a bare "$..." is a reference to another part of the reply), everything else is plain JSON.
 */
export function encodeReplyValue(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(encodeReplyValue);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeReplyValue(v)]));
  if (value === undefined) return "$undefined";
  return value;
}

export interface ActionCall {
  response: APIResponse;
  status: number;
  /** The action's return value (row 1 of the Flight reply), when it parsed as JSON. */
  result: unknown;
  text: string;
}

/** Calls an action the way the browser's fetch does (Next-Action header, text/plain Flight reply). */
export async function callServerAction(
  request: APIRequestContext,
  baseUrl: string,
  action: ServerActionInfo,
  args: unknown[],
  headers: Record<string, string> = {},
): Promise<ActionCall> {
  const response = await request.post(new URL(action.path, baseUrl).toString(), {
    headers: {
      "Next-Action": action.id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: new URL(baseUrl).origin,
      ...headers,
    },
    data: JSON.stringify(encodeReplyValue(args)),
    maxRedirects: 0,
  });
  const text = await response.text();
  let result: unknown;
  const row = text.split("\n").find((line) => line.startsWith("1:"));
  if (row) {
    try {
      result = JSON.parse(row.slice(2));
    } catch {
      result = undefined;
    }
  }
  return { response, status: response.status(), result, text };
}
