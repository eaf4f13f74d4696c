// How guessable a new password is, by zxcvbn-ts (the TypeScript port of Dropbox's zxcvbn) with
// its offline dictionaries: common passwords, English words, names, Wikipedia words, keyboard
// patterns, dates, sequences and repeats. Run on the server only (sign-up, password change), so
// its ~2 MB of dictionaries never reach a browser; its feedback comes back as the password
// field's messages, translated by the app (auth.strength*) since zxcvbn-ts has no Chinese pack.
import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as commonDictionary } from "@zxcvbn-ts/language-common";
import { dictionary as englishDictionary } from "@zxcvbn-ts/language-en";

/** zxcvbn's 0–4: 3 means "safely unguessable" at about 10^8 guesses, enough against online guessing and a slow hash. */
export const MIN_PASSWORD_SCORE = 3;
// zxcvbn's cost grows with length; what follows the first 100 characters adds only strength.
const ESTIMATE_LENGTH = 100;

let factory: ZxcvbnFactory | undefined;
function getFactory(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...commonDictionary, ...englishDictionary },
    graphs: adjacencyGraphs,
    // Off: its fuzzy matching took seconds per password on this 2-core machine (tens of ms without).
    useLevenshteinDistance: false,
  });
  return factory;
}

const capitalize = (key: string) => `${key.charAt(0).toUpperCase()}${key.slice(1)}`;

export interface PasswordStrength {
  score: number;
  strongEnough: boolean;
  /** "auth.strength…" message references: the warning first (or a general one), then suggestions. */
  feedback: string[];
}

/** The password's strength; userInputs are words the account itself gives away (name, email, the site). */
export function estimatePasswordStrength(password: string, userInputs: readonly string[] = []): PasswordStrength {
  // Each input whole ("ada lovelace", "ada@example.com"), its words, and the words run together.
  const words = [...userInputs, "handshake", "tcp"].flatMap((input) => {
    const parts = input.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3);
    return [input.toLowerCase(), parts.join(""), ...parts];
  });
  const result = getFactory().check(password.slice(0, ESTIMATE_LENGTH), words);
  const strongEnough = result.score >= MIN_PASSWORD_SCORE;
  if (strongEnough) return { score: result.score, strongEnough, feedback: [] };
  // With the default translations, zxcvbn-ts's feedback is its own keys ("common", "l33t").
  const warning = result.feedback.warning ? `auth.strengthWarning${capitalize(result.feedback.warning)}` : "auth.passwordTooWeak";
  const suggestions = result.feedback.suggestions.map((key) => `auth.strengthSuggestion${capitalize(key)}`);
  return { score: result.score, strongEnough, feedback: [warning, ...suggestions] };
}
