/** "72%", or the placeholder when there is nothing to show. */
export const percent = (value: number | null, none: string) => (value === null ? none : `${Math.round(value * 100)}%`);

/** D with its sign, two decimals: "+0.42", "−0.10". */
export const signed = (value: number | null, none: string) => (value === null ? none : `${value < 0 ? "−" : "+"}${Math.abs(value).toFixed(2)}`);

/** Words for durations, from the practice messages: "{s} s" / "{s} 秒", "{m} min {s} s" / "{m} 分 {s} 秒". */
export interface DurationWords {
  seconds: (s: string) => string;
  minutes: (m: string, s: string) => string;
}

/** "4 min 05 s", "38 s" (in Chinese "4 分 05 秒", "38 秒"). */
export function duration(ms: number | null, none: string, words: DurationWords): string {
  if (ms === null) return none;
  const total = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(total / 60);
  return minutes > 0 ? words.minutes(String(minutes), String(total % 60).padStart(2, "0")) : words.seconds(String(total));
}
