import { ButtonLink } from "@/components/ui/button";
import { getT } from "@/lib/server/i18n";

/** Shown to guests above the practice: answers are graded but not kept; an account keeps them. */
export async function GuestInvite() {
  const t = await getT("practice");
  return (
    <aside
      aria-labelledby="practice-guest-title"
      className="flex flex-col gap-4 rounded-xl border border-info-border bg-info-soft p-4 sm:flex-row sm:items-center sm:justify-between sm:p-5"
    >
      <div>
        <h2 id="practice-guest-title" className="font-semibold text-fg">
          {t("guestTitle")}
        </h2>
        <p className="mt-1 max-w-2xl text-sm leading-relaxed text-fg">{t("guestBody")}</p>
      </div>
      <div className="flex shrink-0 flex-wrap gap-2">
        <ButtonLink href="/signup?next=%2Fpractice">{t("guestSignUp")}</ButtonLink>
        <ButtonLink href="/signin?next=%2Fpractice" variant="secondary">
          {t("guestSignIn")}
        </ButtonLink>
      </div>
    </aside>
  );
}
