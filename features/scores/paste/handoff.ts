// How a copied SSI page reaches the log page from LinkedIn in one click: a
// bookmarklet takes the page's visible text and opens /log#paste=<text>. The
// text travels in the URL's fragment, which browsers never send to any
// server, and the log page reads it, fills the form and waits for the rep to
// save. When the rep has to sign in first, the sign-in page keeps the text in
// this tab's session storage until the log page takes it.

const FRAGMENT = "#paste=";
const STORAGE_KEY = "ssi-board:paste";
/** Enough for a whole SSI page several times over; URLs stay far below browsers' limits. */
export const MAX_HANDOFF_CHARS = 50_000;

/** The bookmarklet's code for an SSI Board at `origin`. */
export function bookmarkletCode(origin: string): string {
  const target = JSON.stringify(`${origin}/log${FRAGMENT}`);
  return (
    "javascript:(function(){" +
    `var u=${target}+encodeURIComponent(document.body.innerText.slice(0,${MAX_HANDOFF_CHARS}));` +
    'var w=window.open(u,"_blank");if(!w)location.href=u;' +
    "})()"
  );
}

/** The text a URL fragment carries ("#paste=..."), or null. */
export function textFromFragment(hash: string): string | null {
  if (!hash.startsWith(FRAGMENT)) return null;
  try {
    return decodeURIComponent(hash.slice(FRAGMENT.length)).slice(0, MAX_HANDOFF_CHARS);
  } catch {
    return null;
  }
}

/** On the sign-in page: keeps the fragment's text for the log page, in this tab only. */
export function keepHandoff(): void {
  const text = textFromFragment(window.location.hash);
  if (text !== null) window.sessionStorage.setItem(STORAGE_KEY, text);
}

/** On the log page: the text sent from LinkedIn, taken once (and removed from the address bar). */
export function takeHandoff(): string | null {
  const fromFragment = textFromFragment(window.location.hash);
  if (fromFragment !== null) {
    window.history.replaceState(null, "", window.location.pathname + window.location.search);
    window.sessionStorage.removeItem(STORAGE_KEY);
    return fromFragment;
  }
  const kept = window.sessionStorage.getItem(STORAGE_KEY);
  window.sessionStorage.removeItem(STORAGE_KEY);
  return kept;
}
