/**
 * The security headers the app is meant to be served with, in one place: the build writes the policy into the
 * page as a meta tag (which covers the page but not its workers, and cannot forbid framing), `vite preview`
 * sends them all as headers, and docs/deploy.md shows them for common static hosts.
 */

/** Strict enough that injected markup could not run script or load anything foreign. */
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** The policy as a meta tag can carry it. */
export const META_CSP = PAGE_POLICY.join("; ");

/**
 * The policy as a header: the same, plus what only a header can say. The load worker fetches a linked model's
 * sources, so it gets the page's rules (`worker-src`, and a header's policy applies to the worker's own
 * fetches); no other site may frame the app (clickjacking).
 */
export const HEADER_CSP = [...PAGE_POLICY, "worker-src 'self'", "frame-ancestors 'none'"].join("; ");

/** Every header, as a host's configuration lists them. */
export const DEPLOY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": HEADER_CSP,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
};
