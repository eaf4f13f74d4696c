// One error type for the whole server, with a code that decides what the user is told.
// Pure (no "server-only") so that tests and scripts can use it as well.
import "server-only";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/database-unavailable";

export { DATABASE_UNAVAILABLE_DIGEST };

export const APP_ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "INVALID_INPUT",
  "CONFLICT",
  "RATE_LIMITED",
  "DATABASE_UNAVAILABLE",
  "INTERNAL",
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

/** The message shown for a code unless the error names its own ("namespace.key" in lib/i18n). */
export const DEFAULT_MESSAGE_FOR_CODE: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: "errors.unauthenticated",
  FORBIDDEN: "errors.forbidden",
  NOT_FOUND: "errors.notFound",
  INVALID_INPUT: "errors.invalidInput",
  CONFLICT: "errors.conflict",
  RATE_LIMITED: "errors.rateLimited",
  DATABASE_UNAVAILABLE: "errors.databaseBody",
  INTERNAL: "errors.unexpected",
};

export interface AppErrorOptions {
  /** A "namespace.key" message reference; defaults to the code's message. */
  messageKey?: string;
  messageVars?: Readonly<Record<string, string | number>>;
  /** Per-field "namespace.key" references, for forms. */
  fieldErrors?: Readonly<Record<string, readonly string[]>>;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly messageKey: string;
  readonly messageVars?: Readonly<Record<string, string | number>>;
  readonly fieldErrors?: Readonly<Record<string, readonly string[]>>;
  readonly digest?: string;

  constructor(code: AppErrorCode, options: AppErrorOptions = {}) {
    super(`${code}: ${options.messageKey ?? DEFAULT_MESSAGE_FOR_CODE[code]}`, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.messageKey = options.messageKey ?? DEFAULT_MESSAGE_FOR_CODE[code];
    this.messageVars = options.messageVars;
    this.fieldErrors = options.fieldErrors;
    if (code === "DATABASE_UNAVAILABLE") this.digest = DATABASE_UNAVAILABLE_DIGEST;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

// Prisma error codes that mean "no usable connection", not "your query was wrong":
// P1000 auth failed, P1001 unreachable, P1002 timed out, P1003 database missing, P1008 operation
// timed out, P1010 access denied, P1011 TLS, P1017 server closed the connection, P2024 pool timeout.
const PRISMA_CONNECTION_CODES = new Set(["P1000", "P1001", "P1002", "P1003", "P1008", "P1010", "P1011", "P1017", "P2024"]);
// The kinds @prisma/driver-adapter-utils reports for connection failures of the pg adapter.
const DRIVER_ADAPTER_CONNECTION_KINDS = new Set([
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "DatabaseAccessDenied",
  "AuthenticationFailed",
  "ConnectionClosed",
  "SocketTimeout",
  "TlsConnectionError",
  "TooManyConnections",
]);
// Node socket errors, and PostgreSQL SQLSTATEs for a server that is shutting down or full
// (57P01-57P03, 53300), as raised by pg directly (raw pg pools, scripts).
const NODE_CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EPIPE"]);
const POSTGRES_UNAVAILABLE_STATES = new Set(["57P01", "57P02", "57P03", "53300"]);
// What node-postgres says, with no code, about a connection it held that was lost (a server
// restarted under load, a network cut); Prisma passes these errors on with the message kept.
const PG_CONNECTION_LOST_MESSAGES = [
  "Connection terminated unexpectedly",
  "Connection terminated due to connection timeout",
  "Client has encountered a connection error and is not queryable",
  "Client was closed and is not queryable",
  "timeout exceeded when trying to connect",
];

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function isConnectionFailure(error: unknown): boolean {
  const name = field(error, "name");
  const code = field(error, "code");
  // Checked by name: Prisma's classes live in the generated client, which this module must not load.
  if (name === "PrismaClientInitializationError") return true;
  if (name === "PrismaClientKnownRequestError" && typeof code === "string" && PRISMA_CONNECTION_CODES.has(code)) return true;
  const adapterKind = field(field(field(field(error, "meta"), "driverAdapterError"), "cause"), "kind");
  if (typeof adapterKind === "string" && DRIVER_ADAPTER_CONNECTION_KINDS.has(adapterKind)) return true;
  if (name === "DriverAdapterError" && DRIVER_ADAPTER_CONNECTION_KINDS.has(String(field(field(error, "cause"), "kind")))) return true;
  if (typeof code === "string" && (NODE_CONNECTION_CODES.has(code) || POSTGRES_UNAVAILABLE_STATES.has(code))) return true;
  const message = field(error, "message");
  return typeof message === "string" && PG_CONNECTION_LOST_MESSAGES.some((lost) => message.includes(lost));
}

/** True when the error (or anything in its cause chain) says the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (current === undefined || current === null || seen.has(current)) continue;
    seen.add(current);
    if (current instanceof AppError && current.code === "DATABASE_UNAVAILABLE") return true;
    if (isConnectionFailure(current)) return true;
    pending.push(field(current, "cause"));
    // Auth.js wraps what a provider threw as { cause: { err } } (CallbackRouteError).
    pending.push(field(current, "err"));
    // Prisma reports a PostgreSQL error it has no code for (57P01 "terminating connection due to
    // administrator command", 57P03 "shutting down") as P2039 with the driver's error in meta.
    pending.push(field(field(current, "meta"), "driverAdapterError"));
    // Node reports a failed connect to "localhost" (::1 and 127.0.0.1) as an AggregateError.
    const inner = field(current, "errors");
    if (Array.isArray(inner)) pending.push(...inner);
  }
  return false;
}

/**
 * Rethrows a connection failure as AppError("DATABASE_UNAVAILABLE") (whose digest the error page
 * recognises) and anything else unchanged. For a catch block around database work.
 */
export function rethrowDatabaseUnavailable(error: unknown): never {
  if (isDatabaseUnavailable(error) && !(error instanceof AppError)) {
    throw new AppError("DATABASE_UNAVAILABLE", { cause: error });
  }
  throw error;
}
