"use client";

import { useSyncExternalStore } from "react";

const noChange = () => () => {};

/**
 * A value only the browser knows (the address the page was opened at,
 * whether it has hydrated): `onServer` while rendering on the server and
 * hydrating, so the two renders agree.
 */
export function useBrowserValue<T>(read: () => T, onServer: T): T {
  return useSyncExternalStore(noChange, read, () => onServer);
}
