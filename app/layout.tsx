import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { BASE_CLIENT_NAMESPACES, BASE_CLIENT_PICK, ClientMessages } from "@/components/i18n/client-messages";
import { DatabaseUnavailable } from "@/components/layout/database-unavailable";
import { HydrationMarker } from "@/components/layout/hydration-marker";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { THEME_COOKIE, themeScript } from "@/components/layout/theme";
import type { UserMenuUser } from "@/components/layout/user-menu";
import { HTML_LANG } from "@/lib/i18n/config";
import { auth } from "@/lib/server/auth";
import { isDatabaseUnavailable } from "@/lib/server/errors";
import { getLocale, getT } from "@/lib/server/i18n";
import { getOptionalUser } from "@/lib/server/session";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("common");
  return {
    title: { default: t("appName"), template: `%s · ${t("appName")}` },
    description: t("tagline"),
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#131c2e" },
  ],
};

/**
 * The header's user. When the database is down the session cookie still says who is signed in,
 * so the header stays right while the page explains the outage.
 */
async function loadHeaderUser(): Promise<{ user: UserMenuUser | null; databaseDown: boolean }> {
  try {
    const user = await getOptionalUser();
    return { user: user && { name: user.name, email: user.email, role: user.role }, databaseDown: false };
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    const sessionUser = (await auth())?.user;
    const user = sessionUser?.id ? { name: sessionUser.name ?? "", email: sessionUser.email ?? "", role: sessionUser.role } : null;
    return { user, databaseDown: true };
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, common, { user, databaseDown }, cookieStore] = await Promise.all([getLocale(), getT("common"), loadHeaderUser(), cookies()]);
  const chosenTheme = cookieStore.get(THEME_COOKIE)?.value;
  return (
    // The inline script may add the `dark` class before hydration: that difference is expected.
    <html
      lang={HTML_LANG[locale]}
      className={chosenTheme === "dark" ? "dark" : undefined}
      style={chosenTheme === "dark" || chosenTheme === "light" ? { colorScheme: chosenTheme } : undefined}
      suppressHydrationWarning
    >
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="flex min-h-dvh flex-col">
        {/* Only the messages of the header, footer and error pages: each section's layout adds its own. */}
        <ClientMessages namespaces={BASE_CLIENT_NAMESPACES} pick={BASE_CLIENT_PICK}>
          <SkipLink label={common("skipToContent")} />
          <SiteHeader user={user} />
          {/* At least a screen tall, so the footer starts below the fold: a page streamed in after its
              loading skeleton then pushes nothing visible down, and the scrollbar is there from the
              first paint instead of narrowing the page when it arrives (Lighthouse saw CLS 0.6). */}
          <main id="main" tabIndex={-1} className="mx-auto min-h-dvh w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none sm:px-6 sm:py-12">
            {databaseDown ? <DatabaseUnavailable /> : children}
          </main>
          <SiteFooter />
        </ClientMessages>
        <HydrationMarker />
      </body>
    </html>
  );
}
