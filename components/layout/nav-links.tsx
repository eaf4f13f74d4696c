"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

export interface NavItem {
  href: string;
  label: string;
  /** Shown after the label, e.g. the flashcards' due count. */
  badge?: ReactNode;
}

function isCurrent(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

// The links' look, set once on the list (issue 12: it was 200 bytes on each link of every page);
// the current section's link is marked by aria-current.
const LIST_CLASSES = [
  "flex flex-col gap-1 md:flex-row md:items-center md:gap-1",
  "[&_a]:flex [&_a]:min-h-11 [&_a]:items-center [&_a]:rounded-lg [&_a]:px-3 [&_a]:text-base [&_a]:font-medium md:[&_a]:min-h-9 md:[&_a]:text-sm",
  "[&_a:focus-visible]:outline-2 [&_a:focus-visible]:outline-offset-2 [&_a:focus-visible]:outline-ring",
  "[&_a]:text-muted [&_a:not([aria-current]):hover]:bg-surface-raised [&_a:not([aria-current]):hover]:text-fg",
  "[&_a[aria-current]]:bg-accent-soft [&_a[aria-current]]:text-accent-soft-fg",
].join(" ");

/** The main navigation; the current section is marked with aria-current="page". */
export function NavLinks({ items, label }: { items: readonly NavItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className={LIST_CLASSES}>
        {items.map((item) => {
          const current = isCurrent(pathname, item.href);
          return (
            <li key={item.href}>
              <Link href={item.href} aria-current={current ? "page" : undefined}>
                {item.label}
                {item.badge}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
