import { unstable_rethrow } from "next/navigation";
import { Suspense } from "react";
import { getDueCount } from "@/lib/server/flashcards/get-due-count";
import { getOptionalUser } from "@/lib/server/session";
import { LiveDueBadge } from "./live-due-badge";

/** The count, or null for a visitor, or when it cannot be read: the navigation never fails because of it. */
async function loadCount(): Promise<number | null> {
  try {
    const user = await getOptionalUser();
    return user ? (await getDueCount(user.id)).total : null;
  } catch (error) {
    unstable_rethrow(error);
    return null;
  }
}

async function DueCount() {
  const count = await loadCount();
  return count === null ? null : <LiveDueBadge initial={count} />;
}

/**
 * The number of flashcards to study now (due plus today's new), for the signed-in learner, shown
 * in the navigation next to "Flashcards". Streams in on its own so it never delays the page.
 */
export function DueBadge() {
  return (
    <Suspense fallback={null}>
      <DueCount />
    </Suspense>
  );
}
