// The bench waits for this to answer before it starts measuring.
export function GET(): Response {
  return Response.json({ ok: true });
}
