import { ButtonLink } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { HomeDashboard } from "@/components/home/home-dashboard";
import { getHomeSummary } from "@/lib/server/home/get-home-summary";
import { getLocale, getT } from "@/lib/server/i18n";
import { describePathReason } from "@/lib/practice/describe-path-reason";
import { getTimeZone } from "@/lib/server/progress/time-zone";
import { getOptionalUser, type SessionUser } from "@/lib/server/session";

function FeatureIcon({ path }: { path: string }) {
  return (
    <span aria-hidden="true" className="inline-flex size-10 items-center justify-center rounded-lg bg-accent-soft text-accent-soft-fg">
      <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
        <path d={path} />
      </svg>
    </span>
  );
}

const ICONS = {
  practice: "M9 11l3 3 8-8M20 12v6a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h9",
  flashcards: "M4 7h12v12H4zM8 7V4h12v12h-4",
  simulator: "M3 6h6M3 12h18M15 18h6M9 6l6 12",
};

/** The messages of the handshake the hero illustrates: SYN, SYN,ACK, ACK. */
function HandshakeDiagram({ label }: { label: string }) {
  const rows = [
    { text: "SYN", y: 44, from: 40, to: 240 },
    { text: "SYN,ACK", y: 96, from: 240, to: 40 },
    { text: "ACK", y: 148, from: 40, to: 240 },
  ];
  return (
    <svg role="img" aria-label={label} viewBox="0 0 280 190" className="h-auto w-full max-w-sm text-muted">
      <line x1="40" y1="20" x2="40" y2="176" stroke="currentColor" strokeWidth="2" />
      <line x1="240" y1="20" x2="240" y2="176" stroke="currentColor" strokeWidth="2" />
      {rows.map((row) => {
        const rightward = row.to > row.from;
        const tip = rightward ? row.to - 4 : row.to + 4;
        return (
          <g key={row.text} className="text-accent">
            <line x1={row.from} y1={row.y} x2={tip} y2={row.y + 26} stroke="currentColor" strokeWidth="2.2" />
            <path d={rightward ? `M${tip} ${row.y + 26} l-10 -2 l4 -8 z` : `M${tip} ${row.y + 26} l10 -2 l-4 -8 z`} fill="currentColor" />
            <text x="140" y={row.y + 6} textAnchor="middle" className="fill-fg font-mono text-[13px] font-semibold">
              {row.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The signed-in home: the greeting, then what is due today (one query, lib/server/home). */
async function SignedInHome({ user, justSignedUp }: { user: SessionUser; justSignedUp: boolean }) {
  const [t, teachT, locale, timeZone] = await Promise.all([getT("home"), getT("teach"), getLocale(), getTimeZone()]);
  const summary = await getHomeSummary({ userId: user.id, timeZone });
  return (
    <div className="space-y-8">
      <header>
        <p className="mb-2 font-medium text-accent">{justSignedUp ? t("welcomeNew", { name: user.name }) : t("welcomeBack", { name: user.name })}</p>
        <h1 className="text-3xl font-semibold tracking-tight text-balance">{t("todayHeading")}</h1>
      </header>
      <HomeDashboard
        summary={summary}
        nextLine={summary.next ? describePathReason(summary.next, locale) : null}
        isTeacher={user.role === "TEACHER"}
        locale={locale}
        t={t}
        teachT={teachT}
      />
    </div>
  );
}

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [t, user, params] = await Promise.all([getT("home"), getOptionalUser(), searchParams]);
  const justSignedUp = params.welcome === "new";
  if (user) return <SignedInHome user={user} justSignedUp={justSignedUp} />;
  const features = [
    { key: "practice", title: t("practiceTitle"), body: t("practiceBody") },
    { key: "flashcards", title: t("flashcardsTitle"), body: t("flashcardsBody") },
    { key: "simulator", title: t("simulatorTitle"), body: t("simulatorBody") },
  ] as const;
  return (
    <div className="space-y-16">
      <section className="grid items-center gap-10 md:grid-cols-[1.4fr_1fr]">
        <div>
          <h1 className="text-4xl font-semibold tracking-tight text-balance sm:text-5xl">{t("title")}</h1>
          <p className="mt-5 max-w-2xl text-lg leading-relaxed text-muted">{t("intro")}</p>
          <p className="mt-4 max-w-2xl leading-relaxed text-muted">{t("engine")}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ButtonLink href="/signup" size="lg">
              {t("ctaSignUp")}
            </ButtonLink>
            <ButtonLink href="/practice" size="lg" variant="secondary">
              {t("ctaPractice")}
            </ButtonLink>
            <ButtonLink href="/simulator" size="lg" variant="secondary">
              {t("ctaSimulator")}
            </ButtonLink>
          </div>
        </div>
        <div className="flex justify-center rounded-2xl border border-border bg-surface p-6 shadow-sm">
          <HandshakeDiagram label="SYN → SYN,ACK → ACK" />
        </div>
      </section>

      <section aria-labelledby="features-title">
        <h2 id="features-title" className="text-2xl font-semibold tracking-tight">
          {t("featuresTitle")}
        </h2>
        <ul className="mt-6 grid gap-4 md:grid-cols-3">
          {features.map((feature) => (
            <li key={feature.key}>
              <Card className="h-full">
                <FeatureIcon path={ICONS[feature.key]} />
                <CardTitle as="h3" className="mt-4">
                  {feature.title}
                </CardTitle>
                <CardDescription className="text-base">{feature.body}</CardDescription>
              </Card>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="teachers-title">
        <Card className="bg-surface-raised">
          <CardTitle id="teachers-title">{t("teachersTitle")}</CardTitle>
          <CardDescription className="text-base">{t("teachersBody")}</CardDescription>
        </Card>
      </section>
    </div>
  );
}
