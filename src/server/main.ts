// `npm run server`: the WeldTwin competition server. Configuration comes from the environment (see
// docs/competition.md). Prints one JSON line {"listening": url, ...} once it accepts requests.
import { buildServer } from './app.ts';
import { ensureUser, loadSigner } from './bootstrap.ts';
import { ConfigError, readConfig } from './config.ts';
import { openStore } from './store/index.ts';
import { VerifierPool } from './verify/pool.ts';

async function start(): Promise<void> {
  const cfg = readConfig();
  const store = await openStore(cfg.store);
  const pool = new VerifierPool({
    engine: cfg.engine,
    ...(cfg.scenariosDir ? { scenariosDir: cfg.scenariosDir } : {}),
    size: cfg.workers,
    maxQueue: cfg.maxQueue,
    timeoutMs: cfg.replayTimeoutMs,
    liveSessions: cfg.liveSessions,
    liveIdleS: cfg.liveIdleS,
  });
  try {
    await pool.ready();
  } catch (e) {
    await pool.close();
    await store.close();
    throw e;
  }
  for (const b of pool.broken) process.stderr.write(`weldtwin server: scenario file not loaded: ${b}\n`);
  if (cfg.bootstrap) {
    const r = await ensureUser(
      store,
      cfg.bootstrap.username,
      cfg.bootstrap.password,
      'organiser',
      Date.now(),
    );
    if (r === 'created')
      process.stderr.write(`weldtwin server: created organiser ${cfg.bootstrap.username}\n`);
  }
  const signer = await loadSigner(store, cfg.credentialKeyFile);
  const app = await buildServer({
    store,
    verifier: pool,
    signer,
    bodyLimitBytes: cfg.bodyLimitBytes,
    publicBaseUrl: cfg.publicBaseUrl,
    lrs: cfg.lrs,
    leaderboardPollMs: cfg.leaderboardPollMs,
    corsOrigins: cfg.corsOrigins,
  });
  const address = await app.listen({ host: cfg.host, port: cfg.port });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`weldtwin server: ${signal}, finishing requests in flight\n`);
    await app.close();
    await pool.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  process.stdout.write(
    JSON.stringify({
      listening: address,
      store: store.kind === 'sqlite' && cfg.store.kind === 'sqlite' ? `sqlite:${cfg.store.file}` : 'postgres',
      verifier: pool.name,
      scenarios: pool.installedScenarios()?.map((s) => `${s.id}@${String(s.version)}`) ?? 'any (log-hash)',
      workers: cfg.workers,
      credentialKeyId: signer.keyId,
      pid: process.pid,
    }) + '\n',
  );
}

start().catch((e: unknown) => {
  if (e instanceof ConfigError) {
    process.stderr.write(e.problems.map((p) => `weldtwin server: ${p}\n`).join(''));
    process.exit(2);
  }
  process.stderr.write(`weldtwin server: cannot start: ${(e as Error).message}\n`);
  process.exit(1);
});
