// How guessable a new password is, by zxcvbn-ts (the TypeScript port of Dropbox's zxcvbn) with
// its offline dictionaries: common passwords, English words, names, Wikipedia words, keyboard
// patterns, dates, sequences and repeats. One module for both sides: the server decides with it
// (lib/server/password-strength.ts: sign-up, password change, reset), and the password fields load
// it lazily (components/auth/password-strength-field.tsx, a dynamic import on the first keystroke)
// to show the same verdict while the person types. Its ~2 MB of dictionaries are one chunk of
// their own that only those fields ever ask for. zxcvbn-ts has no Chinese pack: its feedback keys
// become "auth.strength…" messages, translated by the app.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as commonDictionary } from "@zxcvbn-ts/language-common";
import { dictionary as englishDictionary } from "@zxcvbn-ts/language-en";
import { isCommonPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/schemas/auth";

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
    const parts = input
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length >= 3);
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

/**
 * Everything the server will say about a new password, in the order it checks: length, the
 * common-password patterns (lib/schemas/auth.ts), then zxcvbn. For the field's live feedback,
 * so that what shows while typing is what a submit would answer.
 */
export function checkNewPassword(password: string, userInputs: readonly string[] = []): PasswordStrength {
  if (password.length < PASSWORD_MIN_LENGTH) return { score: 0, strongEnough: false, feedback: ["auth.passwordTooShort"] };
  if (password.length > PASSWORD_MAX_LENGTH) return { score: 0, strongEnough: false, feedback: ["auth.passwordTooLong"] };
  if (isCommonPassword(password)) return { score: 0, strongEnough: false, feedback: ["auth.passwordTooCommon"] };
  return estimatePasswordStrength(password, userInputs);
}
