"use client";
// Replaces the root layout when the layout itself fails, so it has no I18nProvider, header or
// theme script: it says everything in both languages and follows the theme cookie or system.
import { useEffect } from "react";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/database-unavailable";
import { THEME_COOKIE } from "@/components/layout/theme";
import "./globals.css";

export default function GlobalError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  useEffect(() => {
    console.error(error);
    const chosen = document.cookie.match(new RegExp(`(?:^|; )${THEME_COOKIE}=(light|dark)`))?.[1];
    const dark = chosen ? chosen === "dark" : window.matchMedia("(prefers-color-scheme: dark)").matches;
    document.documentElement.classList.toggle("dark", dark);
  }, [error]);

  const database = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <html lang="en">
      <body className="flex min-h-dvh items-center justify-center bg-canvas px-4 text-fg">
        <title>{database ? "Database unavailable · Handshake" : "Error · Handshake"}</title>
        <main className="max-w-lg py-12 text-center">
          <h1 className="text-2xl font-semibold tracking-tight">{database ? "We can't reach the database" : "Something went wrong"}</h1>
          <p className="mt-3 leading-relaxed text-muted">
            {database
              ? "Handshake can't connect to its database right now. This is usually brief — please try again in a moment."
              : "Handshake hit an unexpected problem. Trying again often helps."}
          </p>
          <h2 lang="zh-CN" className="mt-8 text-xl font-semibold">
            {database ? "暂时无法连接数据库" : "出错了"}
          </h2>
          <p lang="zh-CN" className="mt-2 leading-relaxed text-muted">
            {database ? "Handshake 现在连不上数据库，这种情况通常很快就会恢复，请稍后重试。" : "Handshake 遇到了意外问题，重试通常就能解决。"}
          </p>
          <button
            type="button"
            onClick={() => retry()}
            className="mt-8 inline-flex min-h-11 items-center rounded-lg bg-accent px-5 font-medium text-accent-fg hover:bg-accent-hover focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
          >
            Try again · <span lang="zh-CN">重试</span>
          </button>
          {error.digest && !database ? <p className="mt-6 font-mono text-xs text-muted">Reference · 错误编号：{error.digest}</p> : null}
        </main>
      </body>
    </html>
  );
}
