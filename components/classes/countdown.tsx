"use client";
import { useEffect, useRef, useState } from "react";
import { useT } from "@/components/i18n/i18n-provider";

/** "4:05" or "1:02:03". */
export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** The moments a screen reader is told how much time is left (minutes), besides "time is up". */
const ANNOUNCE_AT_MINUTES = [5, 1];

/**
 * The time left in a timed attempt. It counts to the server's deadline on the server's clock (the
 * page's serverNow corrects the browser's), and calls onExpire once at zero; the server refuses
 * late answers whatever this shows. The figure is a role="timer" (not read out every second); a
 * polite live region says when 5 and 1 minutes are left, and when time is up (WCAG 2.2.1: the
 * limit is known before starting, and announced while it runs).
 */
export function Countdown({ deadline, serverNow, onExpire }: { deadline: string; serverNow: string; onExpire: () => void }) {
  const t = useT("manage");
  const skew = useRef<number | null>(null);
  const expired = useRef(false);
  const [remaining, setRemaining] = useState(() => Date.parse(deadline) - Date.parse(serverNow));
  const [announcement, setAnnouncement] = useState("");
  const announced = useRef(new Set<number>());

  useEffect(() => {
    skew.current ??= Date.parse(serverNow) - Date.now();
    const tick = () => {
      const left = Date.parse(deadline) - (Date.now() + (skew.current ?? 0));
      setRemaining(left);
      for (const minutes of ANNOUNCE_AT_MINUTES) {
        if (left <= minutes * 60_000 && left > (minutes - 1) * 60_000 && !announced.current.has(minutes)) {
          announced.current.add(minutes);
          setAnnouncement(t("timeAlmostUp", { n: minutes }));
        }
      }
      if (left <= 0 && !expired.current) {
        expired.current = true;
        setAnnouncement(t("timeUpSubmitting"));
        onExpire();
      }
    };
    tick();
    const id = window.setInterval(tick, 1000);
    return () => window.clearInterval(id);
  }, [deadline, serverNow, onExpire, t]);

  const low = remaining <= 60_000;
  return (
    <div>
      <p
        role="timer"
        aria-label={t("timeLeftLabel")}
        className={low ? "font-mono text-lg font-semibold text-danger tabular-nums" : "font-mono text-lg font-semibold tabular-nums"}
        data-testid="countdown"
      >
        {t("timeLeft", { time: formatRemaining(remaining) })}
      </p>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
