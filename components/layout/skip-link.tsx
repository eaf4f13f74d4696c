/** The first focusable element: jumps past the header to <main id="main">. */
export function SkipLink({ label }: { label: string }) {
  return (
    <a href="#main" className="sr-only z-50 rounded-lg bg-accent px-4 py-2 font-medium text-accent-fg focus:not-sr-only focus:fixed focus:left-4 focus:top-4">
      {label}
    </a>
  );
}
