// The client's address, for per-address throttling. X-Forwarded-For's last entry is the one added
// by the proxy nearest the app (earlier entries are whatever the client sent). Next.js only fills
// the header itself when it is absent, so without a reverse proxy in front a client can choose
// its own value: deploy behind one that appends to the header.
export function clientAddressFromHeaders(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  const address = last ?? headers.get("x-real-ip")?.trim();
  // Bound what goes into a database key.
  return address ? address.slice(0, 64) : null;
}
