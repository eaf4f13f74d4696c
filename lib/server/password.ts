// Password hashing with Node's scrypt, OWASP's recommended parameters (N=2^17, r=8, p=1).
// The hash is stored as a PHC-style string, "$scrypt$ln=17,r=8,p=1$<salt>$<key>" (base64, no
// padding), so that the parameters can be raised later without breaking existing hashes.
// No "server-only" here: prisma/seed.ts (run by tsx, outside Next) uses it too.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

const LOG2_N = 17;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
// Bounds for parameters read back from a stored hash, so a corrupt row cannot ask for gigabytes.
const MAX_LOG2_N = 20;
const MAX_R = 16;
const MAX_P = 4;

interface ScryptParams {
  log2N: number;
  r: number;
  p: number;
}

// One derivation at a time per process (issue 12). Each costs about 0.45 s of CPU and 128 MiB; Node
// would run four at once on libuv's thread pool, so a burst of sign-ins (a class arriving) took
// every core from the requests already under way. Queued instead, sign-ins wait their turn and
// the app process keeps at least its own core's share for everything else (npm start runs one
// process per core). A few lines rather than p-limit: one queue, no options to choose.
let running = false;
const waiting: (() => void)[] = [];
async function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  if (running) await new Promise<void>((resolve) => waiting.push(resolve));
  running = true;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running = false;
  }
}

function deriveKey(plain: string, salt: Buffer, keyBytes: number, params: ScryptParams): Promise<Buffer> {
  return oneAtATime(() => deriveKeyNow(plain, salt, keyBytes, params));
}

function deriveKeyNow(plain: string, salt: Buffer, keyBytes: number, params: ScryptParams): Promise<Buffer> {
  const N = 2 ** params.log2N;
  const options: ScryptOptions = {
    N,
    r: params.r,
    p: params.p,
    // scrypt needs about 128 * N * r bytes; Node's default ceiling (32 MiB) is below that for N=2^17.
    maxmem: 128 * N * params.r * params.p + 1024 * 1024,
  };
  return new Promise((resolve, reject) => {
    scrypt(plain.normalize("NFKC"), salt, keyBytes, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function encode(bytes: Buffer): string {
  return bytes.toString("base64").replace(/=+$/, "");
}

export async function hashPassword(plain: string): Promise<string> {
  const params = { log2N: LOG2_N, r: BLOCK_SIZE, p: PARALLELISM };
  const salt = randomBytes(SALT_BYTES);
  const key = await deriveKey(plain, salt, KEY_BYTES, params);
  return `$scrypt$ln=${params.log2N},r=${params.r},p=${params.p}$${encode(salt)}$${encode(key)}`;
}

const HASH_PATTERN = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

function parseHash(hash: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const match = HASH_PATTERN.exec(hash);
  if (!match) return null;
  const [, ln, r, p, salt, key] = match;
  const params = { log2N: Number(ln), r: Number(r), p: Number(p) };
  if (params.log2N < 1 || params.log2N > MAX_LOG2_N || params.r < 1 || params.r > MAX_R || params.p < 1 || params.p > MAX_P) {
    return null;
  }
  const keyBuffer = Buffer.from(key!, "base64");
  if (keyBuffer.length < 16) return null;
  return { params, salt: Buffer.from(salt!, "base64"), key: keyBuffer };
}

/** False (never a throw) for a wrong password or a hash this module did not write. */
export async function verifyPassword(plain: string, hash: string): Promise<boolean> {
  const parsed = parseHash(hash);
  if (!parsed) return false;
  const candidate = await deriveKey(plain, parsed.salt, parsed.key.length, parsed.params);
  return timingSafeEqual(candidate, parsed.key);
}
