// How deeply brackets nest in a Server Action's body (JSON, or the JSON parts of a multipart
// form), outside string literals. proxy.ts refuses bodies nested deeper than any real argument:
// React's reply decoder recurses per level, and 5,000 levels overflowed its stack (a 500).
// A scan rather than JSON.parse: the body may be multipart, and this stops at the first excess.
export const SERVER_ACTION_MAX_DEPTH = 64;

export function exceedsNestingDepth(body: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"' || char === "\n") inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === "[" || char === "{") {
      depth++;
      if (depth > maxDepth) return true;
    } else if ((char === "]" || char === "}") && depth > 0) depth--;
  }
  return false;
}
