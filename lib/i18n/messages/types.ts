// The shape every translation of a namespace must have: exactly the English file's keys.
// A namespace file in another language is declared as `MessagesOf<typeof en>`, so a missing or
// extra key fails the type check.
export type MessagesOf<T> = { readonly [K in keyof T]: string };
