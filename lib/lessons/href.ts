// The lessons' URLs, in a module of their own: client components link to a lesson without
// shipping the lessons (and the engine runs behind them) to the browser.

export const LEARN_PATH = "/learn";

export const lessonHref = (concept: string): string => `${LEARN_PATH}/${concept}`;
