import { toSeconds, type ScenarioInput, type Side, type TimerKind } from "../../tcp";
import { Story, type StoryConfig } from "../story";

/**
 * Small helpers shared by the templates of the topics added for issue 11 (SYN flood, handshake
 * loss, sequence space, keep-alive, RFC 5961, lingering connections, ports, scans, data phase).
 */

/** The scenario fields a story may use beyond StoryConfig: the optional extensions of docs/scenarios.md. */
export type TopicConfig = Omit<StoryConfig, "rto"> &
  Partial<Pick<ScenarioInput, "keepAlive" | "filtered" | "finWait2Timeout" | "listener" | "timeWaitReopen" | "timeWaitIgnoresRst" | "mss">> & {
    rto?: number | { A: number; B: number };
  };

/** A story whose scenario may use the optional extensions (Story passes its configuration through unchanged). */
export const topicStory = (config: TopicConfig): Story => new Story(config as StoryConfig);

/**
 * Which of `n` situations a seed asks about: seed modulo n, so that over any run of seeds each
 * situation (and so each key) comes equally often, and no key covers more than its share.
 */
export const variantOf = (seed: number, n: number): number => seed % n;

/** Waits until `side`'s next timer of `kind` fires (it fires during the wait). Returns the wait in seconds. */
export function waitForTimer(story: Story, side: Side, kind: TimerKind): number {
  const timer = story.current.timers.filter((t) => t.side === side && t.kind === kind).sort((a, b) => a.dueUs - b.dueUs)[0];
  if (!timer) throw new Error(`story: ${side} has no ${kind} timer`);
  const seconds = toSeconds(timer.dueUs - story.current.nowUs);
  story.wait(seconds);
  return seconds;
}

/** Seconds for prose, exact to the microsecond: "0.5", "34.359738". */
export const exactSecs = (seconds: number): string => String(Math.round(seconds * 1e6) / 1e6);
