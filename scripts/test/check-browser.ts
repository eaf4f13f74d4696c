// `npm test` and `npm run test:e2e` run this first: without a browser every end-to-end spec would
// fail with "Executable doesn't exist" after minutes of lint, type checks and a build. Stop at
// once instead, with one line that says what to install.
import { findChromium, MISSING_BROWSER_MESSAGE } from "./browser";

if (!findChromium()) {
  console.error(MISSING_BROWSER_MESSAGE);
  process.exit(1);
}
