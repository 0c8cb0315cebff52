// Micro-credentials: organisers define them per event (data), the server awards them from verified,
// non-disqualified attempts and signs each award with its Ed25519 key.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  credentialDefinitionSchema,
  evidenceFor,
  type CredentialDefinition,
} from '../credentials/definition.ts';
import { issueCredential } from '../credentials/document.ts';
import { badRequest, notFound } from '../errors.ts';
import { requireRole } from '../http/auth.ts';
import { auditBy, type Ctx } from '../http/context.ts';
import { idParam, parseBody } from '../http/validate.ts';
import { requireEventAccess } from './event-routes.ts';

const definitionsBody = z.strictObject({ definitions: z.array(credentialDefinitionSchema).min(1).max(100) });

export async function credentialRoutes(app: FastifyInstance, ctx: Ctx): Promise<void> {
  app.get('/api/credentials/public-key', async () => ({
    alg: 'Ed25519',
    keyId: ctx.signer.keyId,
    publicKey: ctx.signer.publicKey,
    publicKeyPem: ctx.signer.publicKeyPem,
  }));

  app.put('/api/events/:eventId/credential-definitions', async (req) => {
    const p = await requireRole(req, ctx.store, ctx.now(), 'organiser');
    const eventId = idParam(req.params, 'eventId');
    const { definitions } = parseBody(definitionsBody, req.body);
    const ids = definitions.map((d) => d.id);
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) throw badRequest('invalid-body', `definitions: the id ${JSON.stringify(dup)} is used twice`);
    if (!(await ctx.store.getEvent(eventId))) throw notFound('no-event', `there is no event ${eventId}`);
    await ctx.store.putCredentialDefinitions(
      eventId,
      definitions.map((d) => ({ key: d.id, definition: d })),
      auditBy(ctx, p, 'credential.define', eventId, `event:${eventId}`, { ids }),
    );
    return { eventId, definitions };
  });

  app.get('/api/events/:eventId/credential-definitions', async (req) => {
    const p = await requireRole(req, ctx.store, ctx.now(), 'organiser', 'judge', 'station');
    const eventId = idParam(req.params, 'eventId');
    await requireEventAccess(ctx, p, eventId);
    return (await ctx.store.listCredentialDefinitions(eventId)).map((d) => d.definition);
  });

  /** Awards every credential whose requirements a station now meets; already-held ones are kept as they are. */
  app.post('/api/events/:eventId/credentials/issue', async (req) => {
    const p = await requireRole(req, ctx.store, ctx.now(), 'organiser');
    const eventId = idParam(req.params, 'eventId');
    const event = await ctx.store.getEvent(eventId);
    if (!event) throw notFound('no-event', `there is no event ${eventId}`);
    const [defs, stations, attempts, held] = await Promise.all([
      ctx.store.listCredentialDefinitions(eventId),
      ctx.store.listStations(eventId),
      ctx.store.listAttempts({ eventId }),
      ctx.store.listAwards({ eventId }),
    ]);
    if (defs.length === 0)
      throw badRequest('no-definitions', `event ${eventId} defines no credentials; PUT some first`);
    const heldKeys = new Set(held.map((h) => `${h.stationId}|${h.definitionKey}`));
    const issuedAt = new Date(ctx.now());
    const awards = [];
    for (const s of stations) {
      if (s.disqualifiedAt !== null) continue;
      const mine = attempts
        .filter((a) => a.stationId === s.id && a.disqualifiedAt === null)
        .map((a) => ({
          attemptId: a.id,
          scenarioId: a.scenarioId,
          scenarioVersion: a.scenarioVersion,
          score: a.score,
          grade: a.grade,
          hash: a.hash,
          verifiedAt: a.verifiedAt,
        }));
      for (const d of defs) {
        if (heldKeys.has(`${s.id}|${d.key}`)) continue;
        const def = d.definition as CredentialDefinition;
        const evidence = evidenceFor(def, mine);
        if (!evidence) continue;
        const doc = issueCredential(
          ctx.signer,
          def,
          { stationId: s.id, name: s.name, eventId, eventName: event.name },
          evidence,
          issuedAt,
          ctx.issuerName,
        );
        awards.push({
          eventId,
          stationId: s.id,
          definitionKey: d.key,
          credentialId: doc.credential.id,
          document: doc,
          issuedAt: issuedAt.getTime(),
        });
      }
    }
    const inserted = await ctx.store.insertAwards(
      awards,
      auditBy(ctx, p, 'credential.issue', eventId, `event:${eventId}`),
    );
    return { issued: inserted.map((w) => w.document), alreadyHeld: held.length };
  });

  app.get('/api/events/:eventId/credentials', async (req) => {
    await requireRole(req, ctx.store, ctx.now(), 'organiser', 'judge');
    const eventId = idParam(req.params, 'eventId');
    return (await ctx.store.listAwards({ eventId })).map((w) => w.document);
  });

  app.get('/api/station/credentials', async (req) => {
    const p = await requireRole(req, ctx.store, ctx.now(), 'station');
    const awards = await ctx.store.listAwards({ stationId: p.stationId! });
    const defs = new Map<string, CredentialDefinition>();
    if (awards[0]) {
      for (const d of await ctx.store.listCredentialDefinitions(awards[0].eventId))
        defs.set(d.key, d.definition as CredentialDefinition);
    }
    return {
      credits: awards.reduce((sum, w) => sum + (defs.get(w.definitionKey)?.points ?? 0), 0),
      credentials: awards.map((w) => w.document),
    };
  });
}
