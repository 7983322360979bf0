// Lint for K360: typescript-eslint's recommended rules, the size limits of CONVENTIONS.md and the
// module boundaries of ADR 0009. Formatting is Prettier's (npm run lint runs both).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import globals from "globals";
import moduleBoundaries from "./lint/module-boundaries.js";
import shortNames from "./lint/short-names.js";

const local = { rules: { "module-boundaries": moduleBoundaries, "short-names": shortNames } };

export default tseslint.config(
  { ignores: ["node_modules/", "data/", ".cache/", "outbox/", "bench/results/", "src/db/migrations/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { k360: local },
    rules: {
      "k360/module-boundaries": "error",
      "k360/short-names": "error",
      "max-lines": ["error", { max: 300, skipBlankLines: true, skipComments: true }],
      "max-lines-per-function": ["error", { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/no-non-null-assertion": "off",
      "no-control-regex": "off",
    },
  },
  {
    // Tests are stories of one feature; their setup, their journeys and their lists of cases (testing.ts) may run longer.
    files: ["**/*.test.ts", "**/testing.ts", "test/**", "bench/**"],
    rules: { "max-lines-per-function": "off", "max-lines": ["error", { max: 400, skipBlankLines: true, skipComments: true }] },
  },
  {
    // Demo texts and the evaluation set are data, written as TypeScript for their types.
    files: ["src/modules/*/seed/**", "src/modules/*/*/seed/**"],
    rules: { "max-lines": "off", "max-lines-per-function": "off" },
  },
  {
    files: ["scripts/**", "bin/**", "lint/**", "*.config.js"],
    languageOptions: { globals: { ...globals.node } },
  },
);
