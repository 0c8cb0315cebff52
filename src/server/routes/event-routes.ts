// Organisers create events (rounds: scenario id + version, one seed per round so every station gets the same
// exercise, time windows) and stations; stations join once with a one-time code (stored hashed).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { hashJoinCode, newJoinCode, newSessionToken, sha256Hex } from '../auth/tokens.ts';
import { credentialDefinitionSchema } from '../credentials/definition.ts';
import { badRequest, conflict, forbidden, notFound, unauthorized } from '../errors.ts';
import { requireRole, type Principal } from '../http/auth.ts';
import { auditBy, type Ctx } from '../http/context.ts';
import { idParam, parseBody } from '../http/validate.ts';
import type { Round, Station } from '../store/types.ts';

const kebab = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case scenario id like "cobot-fillet-commands"')
  .max(80);
export const scenarioVersionSchema = z.union([
  z.number().int().min(1),
  z.string().regex(/^\d+\.\d+\.\d+$/, 'must be an integer or semver like "1.2.0"'),
]);
/** Seeds are uint32: the simulator's PRNG (src/sim/core/prng.ts) takes `seed >>> 0`. */
export const seedSchema = z.number().int().min(0).max(0xffffffff);
const isoTime = z.iso.datetime({
  offset: true,
  message: 'must be an ISO 8601 time like 2026-05-14T09:00:00Z',
});
const displayName = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .refine((s) => !/\p{Cc}/u.test(s), 'must not contain control characters');

const roundBody = z
  .strictObject({
    name: displayName,
    scenarioId: kebab,
    version: scenarioVersionSchema,
    seed: seedSchema,
    opensAt: isoTime,
    closesAt: isoTime,
    graceS: z.number().int().min(0).max(3600).default(60),
  })
  .refine((r) => Date.parse(r.closesAt) > Date.parse(r.opensAt), {
    message: 'closesAt must be after opensAt',
    path: ['closesAt'],
  });

const eventBody = z.strictObject({
  name: displayName,
  rounds: z.array(roundBody).min(1).max(50),
  credentials: z.array(credentialDefinitionSchema).max(100).optional(),
});

const stationsBody = z.strictObject({ names: z.array(displayName).min(1).max(500) });
const joinBody = z.strictObject({ code: z.string().min(4).max(40) });

export type RoundStatus = 'upcoming' | 'open' | 'closed';

export function roundStatus(r: Round, now: number): RoundStatus {
  if (now < r.opensAt) return 'upcoming';
  return now <= r.closesAt + r.graceS * 1000 ? 'open' : 'closed';
}

export function roundJson(r: Round, now: number, hideSeedUntilOpen = false) {
  const status = roundStatus(r, now);
  return {
    id: r.id,
    position: r.position,
    name: r.name,
    scenarioId: r.scenarioId,
    version: r.scenarioVersion,
    // Stations learn the seed when the round opens, so nobody rehearses the exact exercise in advance.
    seed: hideSeedUntilOpen && status === 'upcoming' ? null : r.seed,
    opensAt: new Date(r.opensAt).toISOString(),
    closesAt: new Date(r.closesAt).toISOString(),
    graceS: r.graceS,
    status,
  };
}

export function stationJson(s: Station) {
  return {
    id: s.id,
    eventId: s.eventId,
    name: s.name,
    joined: s.joinedAt !== null,
    joinedAt: s.joinedAt === null ? null : new Date(s.joinedAt).toISOString(),
    disqualified: s.disqualifiedAt !== null,
    disqualifiedReason: s.disqualifiedReason,
  };
}

/** Judges and organisers see every event; a station sees only its own. */
export async function requireEventAccess(ctx: Ctx, p: Principal, eventId: number): Promise<void> {
  if (p.role !== 'station') return;
  const st = p.stationId === null ? null : await ctx.store.getStation(p.stationId);
  if (!st || st.eventId !== eventId)
    throw forbidden('other-event', `station ${JSON.stringify(p.name)} is not part of event ${eventId}`);
}

export async function eventRoutes(app: FastifyInstance, ctx: Ctx): Promise<void> {
  app.post('/api/events', async (req, reply) => {
    const p = await requireRole(req, ctx.store, ctx.now(), 'organiser');
    const body = parseBody(eventBody, req.body);
    const keys = new Set<string>();
    for (const [i, d] of (body.credentials ?? []).entries()) {
      if (keys.has(d.id))
        throw badRequest('invalid-body', `credentials[${i}].id: ${JSON.stringify(d.id)} is used twice`);
      keys.add(d.id);
    }
    const installed = ctx.verifier.installedScenarios();
    if (installed) {
      const missing = body.rounds
        .map((r, i) => ({ r, i }))
        .filter(
          ({ r }) => !installed.some((s) => s.id === r.scenarioId && String(s.version) === String(r.version)),
        );
      if (missing.length) {
        const have =
          installed
            .map((s) => `${s.id}@${String(s.version)}`)
            .sort()
            .join(', ') || 'none';
        throw badRequest(
          'scenario-not-installed',
          missing
            .map(
              ({ r, i }) =>
                `rounds[${i}]: scenario ${r.scenarioId} version ${String(r.version)} is not installed on this server`,
            )
            .join('; ') + ` (installed: ${have})`,
        );
      }
    }
    const rounds = body.rounds.map((r) => ({
      name: r.name,
      scenarioId: r.scenarioId,
      scenarioVersion: r.version,
      seed: r.seed,
      opensAt: Date.parse(r.opensAt),
      closesAt: Date.parse(r.closesAt),
      graceS: r.graceS,
    }));
    const event = await ctx.store.createEvent(
      body.name,
      rounds,
      ctx.now(),
      auditBy(ctx, p, 'event.create', null, 'event', { name: body.name, rounds: body.rounds }),
    );
    if (body.credentials?.length) {
      await ctx.store.putCredentialDefinitions(
        event.id,
        body.credentials.map((d) => ({ key: d.id, definition: d })),
        auditBy(ctx, p, 'credential.define', event.id, `event:${event.id}`, {
          ids: body.credentials.map((d) => d.id),
        }),
      );
    }
    const stored = await ctx.store.listRounds(event.id);
    return reply.code(201).send({
      id: event.id,
      name: event.name,
      rounds: stored.map((r) => roundJson(r, ctx.now())),
    });
  });

  app.get('/api/events', async (req) => {
    await requireRole(req, ctx.store, ctx.now(), 'organiser', 'judge');
    return (await ctx.store.listEvents()).map((e) => ({
      id: e.id,
      name: e.name,
      createdAt: new Date(e.createdAt).toISOString(),
    }));
  });

  app.get('/api/events/:eventId', async (req) => {
    const p = await requireRole(req, ctx.store, ctx.now(), 'organiser', 'judge', 'station');
    const eventId = idParam(req.params, 'eventId');
    await requireEventAccess(ctx, p, eventId);
    const event = await ctx.store.getEvent(eventId);
    if (!event) throw notFound('no-event', `there is no event ${eventId}`);
    const rounds = await ctx.store.listRounds(eventId);
    return {
      id: event.id,
      name: event.name,
      createdAt: new Date(event.createdAt).toISOString(),
      rounds: rounds.map((r) => roundJson(r, ctx.now(), p.role === 'station')),
    };
  });

  app.post('/api/events/:eventId/stations', async (req, reply) => {
    const p = await requireRole(req, ctx.store, ctx.now(), 'organiser');
    const eventId = idParam(req.params, 'eventId');
    const body = parseBody(stationsBody, req.body);
    if (!(await ctx.store.getEvent(eventId))) throw notFound('no-event', `there is no event ${eventId}`);
    const codes = body.names.map(() => newJoinCode());
    const stations = await ctx.store.createStations(
      eventId,
      body.names.map((name, i) => ({ name, joinCodeHash: hashJoinCode(codes[i]!) })),
      ctx.now(),
      auditBy(ctx, p, 'station.create', eventId, `event:${eventId}`),
    );
    // The codes are shown once, here; only their hashes are stored.
    return reply.code(201).send(stations.map((s, i) => ({ ...stationJson(s), joinCode: codes[i] })));
  });

  app.get('/api/events/:eventId/stations', async (req) => {
    await requireRole(req, ctx.store, ctx.now(), 'organiser', 'judge');
    const eventId = idParam(req.params, 'eventId');
    return (await ctx.store.listStations(eventId)).map(stationJson);
  });

  app.post('/api/stations/join', async (req) => {
    const body = parseBody(joinBody, req.body);
    const token = newSessionToken();
    const at = ctx.now();
    const outcome = await ctx.store.redeemJoinCode(
      hashJoinCode(body.code),
      at,
      sha256Hex(token),
      at + ctx.stationSessionTtlS * 1000,
    );
    if (outcome.kind === 'unknown')
      throw unauthorized('unknown-join-code', 'this join code is not valid; check it with the organiser');
    if (outcome.kind === 'used') {
      throw conflict(
        'join-code-used',
        'this join code was already used; join codes are single use — ask the organiser for a new station',
      );
    }
    const s = outcome.station;
    const event = await ctx.store.getEvent(s.eventId);
    const rounds = await ctx.store.listRounds(s.eventId);
    return {
      token,
      expiresAt: new Date(at + ctx.stationSessionTtlS * 1000).toISOString(),
      station: stationJson(s),
      event: { id: s.eventId, name: event?.name ?? '', rounds: rounds.map((r) => roundJson(r, at, true)) },
    };
  });

  app.get('/api/station/me', async (req) => {
    const p = await requireRole(req, ctx.store, ctx.now(), 'station');
    const s = (await ctx.store.getStation(p.stationId!))!;
    const event = await ctx.store.getEvent(s.eventId);
    const rounds = await ctx.store.listRounds(s.eventId);
    return {
      station: stationJson(s),
      event: {
        id: s.eventId,
        name: event?.name ?? '',
        rounds: rounds.map((r) => roundJson(r, ctx.now(), true)),
      },
    };
  });
}
