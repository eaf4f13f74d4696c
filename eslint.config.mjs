import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The engine and the question generators are pure: they must run in a test, a CLI, a benchmark
// or the browser alike, so they may not reach for the web framework, the database or Node.
const pureLibRule = {
  "no-restricted-imports": [
    "error",
    {
      patterns: [
        { group: ["next", "next/*", "react", "react-dom", "@prisma/*", "pg", "node:*", "fs", "path", "@/lib/server/*", "@/components/*", "@/app/*"], message: "lib/tcp, lib/content, lib/questions, lib/flashcards, lib/progress and lib/simulator are pure: no framework, database or Node API, so they run anywhere, the browser included." },
      ],
    },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", ".next-*/**", "node_modules/**", "lib/generated/**", "next-env.d.ts", ".data/**", "playwright-report/**", "test-results/**"] },
  { files: ["lib/tcp/**/*.ts", "lib/content/**/*.ts", "lib/questions/**/*.ts", "lib/flashcards/**/*.ts", "lib/progress/**/*.ts", "lib/simulator/**/*.ts", "lib/lessons/**/*.ts"], ignores: ["**/*.test.ts"], rules: pureLibRule },
  {
    files: ["lib/schemas/**/*.ts"],
    ignores: ["**/*.test.ts"],
    // Siblings too: zod-free files of constants that client components import without zod (./practice-choices).
    rules: { "no-restricted-imports": ["error", { patterns: [{ regex: "^(?!zod$|\\./[\\w-]+$)", message: "lib/schemas imports nothing but zod and its siblings." }] }] },
  },
];

export default config;
