"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { cx } from "./cx";

/**
 * A box that scrolls sideways when its content is wider than the screen (a table on a phone), and
 * then says so: a hint line above it, and the box joins the tab order so a keyboard can scroll it.
 * It also watches boxes inside marked `data-scrolls` (a diagram that scrolls on its own); with
 * `inner`, only those scroll and this box clips.
 */
export function ScrollArea({
  label,
  hint,
  children,
  className,
  inner = false,
}: {
  label: string;
  hint: string;
  children: ReactNode;
  className?: string;
  inner?: boolean;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const targets = [...(inner ? [] : [element]), ...element.querySelectorAll<HTMLElement>("[data-scrolls]")];
    const measure = () => setOverflows(targets.some((target) => target.scrollWidth > target.clientWidth + 1));
    measure();
    const observer = new ResizeObserver(measure);
    for (const target of targets) {
      observer.observe(target);
      if (target.firstElementChild) observer.observe(target.firstElementChild);
    }
    return () => observer.disconnect();
  }, [inner]);

  return (
    <div>
      {overflows ? (
        <p className="mb-1.5 text-xs text-muted" data-testid="scroll-hint">
          {hint}
        </p>
      ) : null}
      <div
        ref={box}
        role={inner ? undefined : "region"}
        aria-label={inner ? undefined : label}
        tabIndex={overflows && !inner ? 0 : undefined}
        className={cx(inner ? "overflow-hidden" : "overflow-x-auto", className)}
      >
        {children}
      </div>
    </div>
  );
}
