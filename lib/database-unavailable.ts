/**
 * The digest of AppError("DATABASE_UNAVAILABLE"). Next.js keeps an error's own `digest` when it
 * crosses from a Server Component to an error boundary (the message is replaced in production),
 * so this is how app/error.tsx, a client component, tells a database outage from other failures.
 */
export const DATABASE_UNAVAILABLE_DIGEST = "HANDSHAKE_DATABASE_UNAVAILABLE";
