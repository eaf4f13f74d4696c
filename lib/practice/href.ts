// The practice page's URL for one concept, in a module of its own: client components link to it
// without shipping the question templates to the browser.

/** /practice?mode=concepts&c=<concept>: practise this concept (adaptive difficulty). */
export const conceptPracticeHref = (concept: string): string => `/practice?${new URLSearchParams({ mode: "concepts", c: concept }).toString()}`;
