import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The engine and the question generators are pure: they must run in a test, a CLI, a benchmark
// or the browser alike, so they may not reach for the web framework, the database or Node.
const pureLibRule = {
  "no-restricted-imports": [
    "error",
    {
      patterns: [
        {
          group: ["next", "next/*", "react", "react-dom", "@prisma/*", "pg", "node:*", "fs", "path", "@/lib/server/*", "@/components/*", "@/app/*"],
          message:
            "lib/tcp, lib/content, lib/questions, lib/flashcards, lib/progress, lib/simulator, lib/practice, lib/teach, lib/mastery, lib/account and lib/lessons are pure: no framework, database or Node API, so they run anywhere, the browser included.",
        },
      ],
    },
  ],
};

// "use client" files run in the browser: from lib/server they may import only Server Actions
// (files named actions.ts, which start with "use server"). Anything else there is server code or
// data access, and would either fail to build or, worse, pass a secret into a bundle unnoticed.
// DTO types and pure logic live in pure folders (lib/practice, lib/teach, lib/progress, ...).
const clientBoundary = {
  rules: {
    "client-imports-only-actions": {
      meta: {
        type: "problem",
        schema: [],
        messages: {
          serverImport:
            'A "use client" file may import only Server Actions (lib/server/**/actions) from lib/server; move "{{source}}"\'s types or pure logic to a pure folder.',
        },
      },
      create(context) {
        const body = context.sourceCode.ast.body;
        const isClient = body.some((node) => node.type === "ExpressionStatement" && node.directive === "use client");
        if (!isClient) return {};
        const check = (node) => {
          const source = node.source?.value;
          if (typeof source !== "string") return;
          const server = /^(@\/|(\.\.\/)+)lib\/server\//.test(source) || source.startsWith("@/lib/server");
          if (server && !/\/actions$/.test(source)) context.report({ node, messageId: "serverImport", data: { source } });
        };
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
      },
    },
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "lib/generated/**",
      "next-env.d.ts",
      ".data/**",
      "playwright-report/**",
      "test-results/**",
      "bench/grading-floor/**",
    ],
  },
  {
    files: [
      "lib/tcp/**/*.ts",
      "lib/content/**/*.ts",
      "lib/questions/**/*.ts",
      "lib/flashcards/**/*.ts",
      "lib/progress/**/*.ts",
      "lib/simulator/**/*.ts",
      "lib/practice/**/*.ts",
      "lib/teach/**/*.ts",
      "lib/mastery/**/*.ts",
      "lib/account/**/*.ts",
      "lib/lessons/**/*.ts",
    ],
    ignores: ["**/*.test.ts", "lib/teach/variant-seed.ts"],
    rules: pureLibRule,
  },
  { files: ["**/*.ts", "**/*.tsx"], plugins: { handshake: clientBoundary }, rules: { "handshake/client-imports-only-actions": "error" } },
  {
    files: ["lib/schemas/**/*.ts"],
    ignores: ["**/*.test.ts"],
    // Siblings too: zod-free files of constants that client components import without zod (./practice-choices).
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "^(?!zod$|\\./[\\w-]+$)", message: "lib/schemas imports nothing but zod and its siblings." }] }],
    },
  },
];

export default config;
