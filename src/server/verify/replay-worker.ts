// Runs replays inside a worker thread so the HTTP event loop stays responsive while CPU-bound replays run.
// Messages: {id, head, log | logJson} in; {id, ok: true, result, logDigest} or {id, ok: false, fault, message} out.
import { parentPort, workerData } from 'node:worker_threads';
import { logDigest } from './digest.ts';
import { EngineFault, loadReplay, type ReplayEngine } from './engines.ts';
import type { AttemptInput } from './verifier.ts';

const port = parentPort;
if (!port) throw new Error('replay-worker must run in a worker thread');

const { engine, scenariosDir } = workerData as { engine: ReplayEngine; scenariosDir?: string };
const loaded = await loadReplay(engine, scenariosDir ? { scenariosDir } : {});
const replay = loaded.replay;

interface Job {
  id: number;
  head: Omit<AttemptInput, 'log'>;
  log?: unknown[];
  logJson?: string;
}

port.on('message', async (msg: Job) => {
  try {
    const log = msg.log ?? (JSON.parse(msg.logJson!) as unknown[]);
    const result = await replay({ ...msg.head, log });
    port.postMessage({ id: msg.id, ok: true, result, logDigest: logDigest(log) });
  } catch (e) {
    port.postMessage({
      id: msg.id,
      ok: false,
      fault: e instanceof EngineFault,
      message: (e as Error)?.message ?? String(e),
    });
  }
});
port.postMessage({ ready: true, scenarios: loaded.scenarios, broken: loaded.broken });
