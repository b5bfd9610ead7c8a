"use client";

import { useState, type FormEvent } from "react";

/**
 * What the user typed in an uncontrolled form, kept across a submit: React
 * resets a form once its action finishes, back to each field's default value,
 * so the defaults follow what was submitted and a refused form keeps it all.
 */
export function useKeptValues(initial: Record<string, string>) {
  const [kept, setKept] = useState(initial);
  return {
    value: (name: string) => kept[name] ?? "",
    keep: (event: FormEvent<HTMLFormElement>) =>
      setKept(Object.fromEntries([...new FormData(event.currentTarget)].map(([name, value]) => [name, String(value)]))),
    clear: () => setKept(initial),
  };
}
