// Runs in every test worker before the test files load: server modules read their configuration
// from the environment, as they do in the app.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ||= "vitest-only-secret-0123456789abcdefghijklmnop";
