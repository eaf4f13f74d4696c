import type { Template } from "../template";

/** Every template, in teaching order (one family per file). */
export const TEMPLATES: readonly Template[] = [];
