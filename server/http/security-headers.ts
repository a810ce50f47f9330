import type { NextFunction, Request, Response } from 'express';

/** The document policy: scripts only from us or with this request's nonce; no inline styles, no framing. */
export function documentCsp(nonce: string, options: { dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    options.dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    options.dev ? "connect-src 'self' ws:" : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The monitor's chart embeds are the one thing other sites may frame; every other route keeps 'none'. */
export function isEmbeddablePath(pathname: string): boolean {
  return /^\/monitor\/embed\/[^/]+\/?$/.test(pathname);
}

/** The policy of an embed: no scripts at all, our styles and images, framed by anyone. */
export const embedCsp = "default-src 'none'; style-src 'self'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *";

const fallbackCsp = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/**
 * Headers for every response. HTML documents bring their own nonce policy from entry.server; anything that
 * reaches the wire without one (assets, API, redirects) gets the deny-all fallback, never two policies.
 */
export function securityHeaders(options: { hsts: boolean }) {
  return (req: Request, res: Response, next: NextFunction) => {
    const writeHead = res.writeHead;
    res.writeHead = function (this: Response, ...args: Parameters<typeof writeHead>) {
      if (!res.hasHeader('Content-Security-Policy')) res.setHeader('Content-Security-Policy', fallbackCsp);
      return writeHead.apply(this, args);
    } as typeof writeHead;
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    if (!isEmbeddablePath(req.path)) res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
    if (options.hsts) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  };
}
