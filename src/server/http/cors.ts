// Cross-origin access for the station app: a station PC may run the app from another origin (vite dev on 5173, a
// preview port, a build on the station itself) and call this server's API. `*` is safe as the default because
// authentication is a bearer token the app sends explicitly, never a cookie the browser would add on its own.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** `'*'`: any origin; otherwise the exact origins (`http://host:port`) allowed to call the API. */
export type CorsOrigins = '*' | readonly string[];

export interface CorsOptions {
  /** @default '*' */
  origins?: CorsOrigins;
  /** How long a browser may cache a preflight answer, in seconds. @default 600 */
  maxAgeS?: number;
}

export const CORS_ALLOWED_HEADERS = 'Authorization, Content-Type, Idempotency-Key';
export const CORS_ALLOWED_METHODS = 'GET, POST, PUT, DELETE, OPTIONS';
/** Response headers the app must be able to read cross-origin (503 answers say when to try again). */
export const CORS_EXPOSED_HEADERS = 'Retry-After';

/** The API and the health check; the projector and console pages are served to their own origin only. */
const CORS_PATH = /^\/(api\/|healthz(\?|$))/;

/** `http(s)://host[:port]` with nothing after it: what a browser sends as `Origin`. */
export const ORIGIN_PATTERN = /^https?:\/\/[^/\s?#]+$/;

/**
 * Parses `WELDTWIN_CORS_ORIGINS`: unset, empty or `*` is any origin; otherwise a comma-separated list of origins.
 * Returns the problems (naming the bad entry and what would be right) instead of throwing.
 */
export function parseCorsOrigins(raw: string | undefined): { origins: CorsOrigins; problems: string[] } {
  const text = (raw ?? '').trim();
  if (text === '' || text === '*') return { origins: '*', problems: [] };
  const origins: string[] = [];
  const problems: string[] = [];
  for (const part of text.split(',')) {
    const o = part.trim().replace(/\/+$/, '');
    if (o === '') continue;
    if (o === '*') problems.push('WELDTWIN_CORS_ORIGINS: `*` must be alone, not part of a list');
    else if (!ORIGIN_PATTERN.test(o))
      problems.push(
        `WELDTWIN_CORS_ORIGINS: ${JSON.stringify(part.trim())} is not an origin; expected http(s)://host:port with no path, e.g. http://192.168.1.20:5173`,
      );
    else origins.push(o.toLowerCase());
  }
  return { origins, problems };
}

function allowedOrigin(origins: CorsOrigins, origin: string | undefined): string | null {
  if (origins === '*') return '*';
  if (!origin) return null;
  return origins.includes(origin.toLowerCase()) ? origin : null;
}

function setAllowOrigin(reply: FastifyReply, origins: CorsOrigins, origin: string | undefined): boolean {
  // A listed origin is echoed back, so caches must key the answer on the request's Origin.
  if (origins !== '*') void reply.header('vary', 'Origin');
  const allow = allowedOrigin(origins, origin);
  if (allow === null) return false;
  void reply.header('access-control-allow-origin', allow);
  return true;
}

/** Adds the CORS headers to API answers and answers preflight requests with 204. */
export function registerCors(app: FastifyInstance, opts: CorsOptions = {}): void {
  const origins = opts.origins ?? '*';
  const maxAge = String(opts.maxAgeS ?? 600);
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    if (!CORS_PATH.test(req.url)) return;
    const origin = req.headers.origin;
    const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
    if (!preflight) {
      // Set before the handler runs, so refusals (4xx) and errors carry it too: the app must read their message.
      if (setAllowOrigin(reply, origins, origin))
        void reply.header('access-control-expose-headers', CORS_EXPOSED_HEADERS);
      return;
    }
    if (setAllowOrigin(reply, origins, origin)) {
      void reply.header('access-control-allow-methods', CORS_ALLOWED_METHODS);
      void reply.header('access-control-allow-headers', CORS_ALLOWED_HEADERS);
      void reply.header('access-control-max-age', maxAge);
    }
    // An origin not on the list gets no allow headers: the browser then refuses the real request itself.
    return reply.code(204).send();
  });
}
