// Judges and organisers log in with a password (scrypt) and get an expiring bearer token (stored hashed).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { burnPasswordCheck, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '../auth/passwords.ts';
import { newSessionToken, sha256Hex } from '../auth/tokens.ts';
import { conflict, unauthorized } from '../errors.ts';
import { authenticate, requireRole } from '../http/auth.ts';
import { auditBy, type Ctx } from '../http/context.ts';
import { parseBody } from '../http/validate.ts';

export const usernameSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]{1,39}$/,
    'must be 2-40 characters: lower-case letters, digits, dot, dash, underscore',
  );
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200);

const loginBody = z.strictObject({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
});
const newUserBody = z.strictObject({
  username: usernameSchema,
  password: passwordSchema,
  role: z.enum(['organiser', 'judge']),
});

export async function authRoutes(app: FastifyInstance, ctx: Ctx): Promise<void> {
  app.post('/api/auth/login', async (req) => {
    const body = parseBody(loginBody, req.body);
    const user = await ctx.store.findUserByName(body.username);
    const ok = user
      ? await verifyPassword(body.password, user.passwordHash)
      : await burnPasswordCheck(body.password);
    const at = ctx.now();
    if (!user || !ok) {
      await ctx.store.appendAudit({
        at,
        actorRole: 'system',
        actorId: null,
        actorName: body.username,
        action: 'auth.login-failed',
        eventId: null,
        target: `user:${body.username}`,
        detail: { ip: req.ip },
      });
      throw unauthorized('bad-credentials', 'the username or password is wrong');
    }
    const token = newSessionToken();
    const expiresAt = at + ctx.userSessionTtlS * 1000;
    await ctx.store.createSession(
      sha256Hex(token),
      { role: user.role, userId: user.id, stationId: null, expiresAt },
      at,
    );
    await ctx.store.appendAudit({
      at,
      actorRole: user.role,
      actorId: user.id,
      actorName: user.username,
      action: 'auth.login',
      eventId: null,
      target: `user:${user.id}`,
      detail: { ip: req.ip },
    });
    return { token, role: user.role, username: user.username, expiresAt: new Date(expiresAt).toISOString() };
  });

  app.post('/api/auth/logout', async (req, reply) => {
    const p = await authenticate(req, ctx.store, ctx.now());
    await ctx.store.deleteSession(p.tokenHash);
    return reply.code(204).send();
  });

  app.get('/api/auth/me', async (req) => {
    const p = await authenticate(req, ctx.store, ctx.now());
    return {
      role: p.role,
      name: p.name,
      userId: p.userId,
      stationId: p.stationId,
      expiresAt: new Date(p.expiresAt).toISOString(),
    };
  });

  app.post('/api/users', async (req, reply) => {
    const p = await requireRole(req, ctx.store, ctx.now(), 'organiser');
    const body = parseBody(newUserBody, req.body);
    const passwordHash = await hashPassword(body.password, ctx.scryptLog2N);
    const user = await ctx.store.createUser(
      { username: body.username, role: body.role, passwordHash, createdAt: ctx.now() },
      auditBy(ctx, p, 'user.create', null, `user:${body.username}`, { role: body.role }),
    );
    if (!user)
      throw conflict('username-taken', `the username ${JSON.stringify(body.username)} is already taken`);
    return reply.code(201).send({ id: user.id, username: user.username, role: user.role });
  });

  app.get('/api/users', async (req) => {
    await requireRole(req, ctx.store, ctx.now(), 'organiser');
    return (await ctx.store.listUsers()).map((u) => ({
      id: u.id,
      username: u.username,
      role: u.role,
      createdAt: new Date(u.createdAt).toISOString(),
    }));
  });
}
