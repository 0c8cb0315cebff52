// A real competition server for the station client's tests: the Fastify app of src/server on loopback (real HTTP,
// real SQLite store, the real scenario engine replaying the shipped scenarios), driven like an organiser would
// (organiser.ts). And a golden attempt (the reference solution of a shipped scenario, with the hash its replay
// gives) to submit.
import { readFileSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildServer, type WeldTwinServer } from '../../../src/server/app.ts';
import { ensureUser } from '../../../src/server/bootstrap.ts';
import { generateSigningKeyPem, signerFromPem } from '../../../src/server/credentials/signing.ts';
import { InlineVerifier } from '../../../src/server/verify/inline.ts';
import type { Verifier } from '../../../src/server/verify/verifier.ts';
import type { AttemptFile } from '../../../src/scenario/progress/index.ts';
import { sqliteFactory, type OpenedStore } from '../../server/support/stores.ts';
import { GOLDEN_DIR, readManifest } from '../../golden/record.ts';
import { ORGANISER } from './organiser.ts';

export { ORGANISER, Organiser, type RoundSpec } from './organiser.ts';

export interface GoldenAttempt {
  file: AttemptFile;
  hash: string;
  score: number;
  grade: string;
}

/** The reference solution of `scenarioId` as recorded in tests/golden, with its pinned replay result. */
export function goldenAttempt(scenarioId = 'cobot-commands-fillet'): GoldenAttempt {
  const entry = readManifest().attempts.find(
    (a) => a.scenarioId === scenarioId && a.solution === 'reference',
  );
  if (!entry) throw new Error(`no golden reference attempt for ${scenarioId}`);
  const file = JSON.parse(readFileSync(`${GOLDEN_DIR}/${entry.file}`, 'utf8')) as AttemptFile;
  return { file, hash: entry.expected.hash, score: entry.expected.score, grade: entry.expected.grade };
}

export interface InProcessServer {
  url: string;
  app: WeldTwinServer;
  close(): Promise<void>;
}

/** The real server app listening on a free loopback port, with the scenario engine replaying inline. */
export async function startInProcessServer(
  verifier: Verifier = new InlineVerifier('scenario'),
): Promise<InProcessServer> {
  const opened: OpenedStore = await sqliteFactory.open();
  await (verifier as { ready?: () => Promise<void> }).ready?.();
  const app = await buildServer({
    store: opened.store,
    verifier,
    signer: signerFromPem(generateSigningKeyPem()),
    scryptLog2N: 14,
  });
  await ensureUser(opened.store, ORGANISER.username, ORGANISER.password, 'organiser', Date.now(), 14);
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    app,
    async close() {
      await app.close();
      await verifier.close();
      await opened.cleanup();
    },
  };
}

/** A plain HTTP server on loopback answering every request with `handler` (not a WeldTwin server). */
export async function startPlainServer(
  handler: RequestListener,
): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** A loopback port nothing listens on (bound, then released). */
export async function closedPort(): Promise<string> {
  const s = await startPlainServer((_req, res) => res.end());
  const url = s.url;
  await s.close();
  return url;
}
