// Bearer-token authentication and role checks. Tokens are looked up by their SHA-256 hash; a missing, unknown or
// expired token is 401, a valid token with the wrong role is 403.
import type { FastifyRequest } from 'fastify';
import { forbidden, unauthorized } from '../errors.ts';
import { sha256Hex } from '../auth/tokens.ts';
import type { Role, Session, Store } from '../store/types.ts';

export interface Principal extends Session {
  tokenHash: string;
}

const ROLE_NAMES: Record<Role, string> = { organiser: 'organiser', judge: 'judge', station: 'station' };

export async function authenticate(req: FastifyRequest, store: Store, now: number): Promise<Principal> {
  const header = req.headers.authorization;
  if (!header) {
    throw unauthorized(
      'not-authenticated',
      "missing Authorization header: send 'Authorization: Bearer <token>' with the token from POST /api/auth/login " +
        '(judges, organisers) or POST /api/stations/join (stations)',
    );
  }
  const m = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header);
  if (!m) throw unauthorized('bad-authorization', "the Authorization header must be 'Bearer <token>'");
  const tokenHash = sha256Hex(m[1]!);
  const session = await store.findSession(tokenHash, now);
  if (!session)
    throw unauthorized('session-expired', 'the session token is unknown or has expired; log in again');
  return { ...session, tokenHash };
}

export async function requireRole(
  req: FastifyRequest,
  store: Store,
  now: number,
  ...roles: Role[]
): Promise<Principal> {
  const p = await authenticate(req, store, now);
  if (!roles.includes(p.role)) {
    throw forbidden(
      'wrong-role',
      `this needs the role ${roles.map((r) => ROLE_NAMES[r]).join(' or ')}; you are logged in as ${p.role} ${JSON.stringify(p.name)}`,
    );
  }
  return p;
}

/** Who did it, for the audit log. */
export function actor(p: Principal): { actorRole: Role; actorId: number | null; actorName: string } {
  return { actorRole: p.role, actorId: p.role === 'station' ? p.stationId : p.userId, actorName: p.name };
}
