"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Renders `children` once this place comes near the screen (and keeps them):
 * a chart below the fold costs no JavaScript until the user scrolls to it.
 * Until then, an empty box of `height` holds its place, so nothing jumps.
 */
export function WhenSeen({ children, height }: { children: ReactNode; height: number }) {
  const box = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setSeen(true);
    }, { rootMargin: "300px" });
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen]);
  return seen ? children : <div ref={box} style={{ minHeight: height }} aria-hidden="true" />;
}
