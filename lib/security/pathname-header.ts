/**
 * The request header through which proxy.ts tells pages their own path and query, so that
 * requireUser() can send an anonymous visitor to /signin?next=<that path>. Only a hint for the
 * redirect target (it goes through safeReturnPath); never used for authorization.
 */
export const PATHNAME_HEADER = "x-handshake-pathname";
