"use client";

const adopted = new WeakSet<Element>();

/**
 * A ref for a controlled field that keeps what was typed before hydration.
 *
 * The server's HTML is usable at once, so a quick user (or a slow phone) can
 * type before React takes over. Hydration leaves the typed text in the field
 * but the state still holds the rendered value, so the next render would wipe
 * it, and the form would check and send a value nobody sees. At hydration
 * React has set the field's default to the rendered value: a field whose value
 * differs from its default was typed in, and that text becomes the state.
 * Each field is looked at once, when it first mounts.
 */
export function keepTyped(onTyped: (value: string) => void) {
  return (node: HTMLInputElement | HTMLTextAreaElement | null) => {
    if (!node || adopted.has(node)) return;
    adopted.add(node);
    if (node.value !== node.defaultValue) onTyped(node.value);
  };
}

/** The same for a checkbox: checked or cleared before hydration. */
export function keepTicked(onTicked: (checked: boolean) => void) {
  return (node: HTMLInputElement | null) => {
    if (!node || adopted.has(node)) return;
    adopted.add(node);
    if (node.checked !== node.defaultChecked) onTicked(node.checked);
  };
}
