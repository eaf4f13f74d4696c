// What the browser gets about a saved capture (lib/server/captures/saved-captures.ts makes it).
export interface SavedCaptureSummary {
  id: string;
  name: string;
  size: number;
  createdAt: string;
}
