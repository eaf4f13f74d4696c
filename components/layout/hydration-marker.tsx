"use client";
import { useEffect } from "react";

/**
 * Sets <html data-hydrated> once React has hydrated the page. The controls that need script (theme
 * toggle, phone menu) do nothing before that; end-to-end tests wait for the attribute before
 * clicking them.
 */
export function HydrationMarker() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return null;
}
