/**
 * Sweep links: `?sweep=<spec>` in the page's address (the spec's canonical JSON as base64url,
 * `src/experiments/sweep/url.ts`) opens the Experiments view on the Sweeps tab with that spec in
 * the form. A query parameter, not the fragment: the fragment is the lab's configuration, which
 * the link leaves alone.
 */

/** The `sweep` query parameter of `search` (`location.search`), or null. */
export function sweepLinkParam(search: string): string | null {
  return new URLSearchParams(search).get("sweep");
}

/** This page's address without query or fragment (where a sweep link points). */
export const pageAddress = (): string => location.origin + location.pathname;
