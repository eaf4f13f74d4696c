// The lesson pages (/learn and /learn/[concept]). The lessons' own text lives in lib/lessons.
export const learn = {
  title: "Lessons",
  intro:
    "One short lesson per concept: what it is, the rule with its RFC sections, a worked example run by the simulator, and the mistakes learners make most often. Read one before you practise.",
  lessonTitle: "{concept}: lesson",
  allLessons: "All lessons",
  whatHeading: "What it is",
  ruleHeading: "The rule",
  sourcesLabel: "Sources",
  exampleHeading: "Worked example",
  exampleNote: "Every number in this example was computed by Handshake's TCP simulator.",
  diagramTitle: "The example, segment by segment",
  replay: "Replay it in the simulator",
  misconceptionsHeading: "Common misconceptions",
  practise: "Practise this concept",
  lessonNav: "Other lessons",
  previous: "Previous: {concept}",
  next: "Next: {concept}",
  indexHeading: "Concepts, in teaching order",
} as const;
