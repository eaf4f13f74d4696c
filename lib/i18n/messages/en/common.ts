export const common = {
  appName: "Handshake",
  tagline: "Learn TCP connection management by doing it.",
  skipToContent: "Skip to main content",
  loading: "Loading…",
  tryAgain: "Try again",
  backHome: "Back to the home page",
  roleStudent: "Student",
  roleTeacher: "Teacher",
  themeLabel: "Theme",
  switchToDark: "Switch to dark theme",
  switchToLight: "Switch to light theme",
  languageLabel: "Language",
  /** Two sentences (or a sentence and a link) side by side: a space between them in English, none in Chinese. */
  sentenceJoin: "{first} {second}",
  /** Between the items of a list written inline. */
  listSeparator: ", ",
  footer: "Handshake teaches TCP with a simulator that follows RFC 9293.",
  // Issue 17 (everyday use).
  scrollHint: "Scroll sideways to see everything →",
} as const;
