// Runs replays inside a worker thread so the HTTP event loop stays responsive while CPU-bound replays run.
// Messages: {id, attempt} in; {id, ok: true, result, logDigest} or {id, ok: false, fault, message} out.
import { parentPort, workerData } from 'node:worker_threads';
import { logDigest } from './digest.ts';
import { EngineFault, loadReplay, type ReplayEngine } from './engines.ts';

const port = parentPort;
if (!port) throw new Error('replay-worker must run in a worker thread');

const engine = (workerData as { engine: ReplayEngine }).engine;
const replay = await loadReplay(engine);

port.on('message', async (msg: { id: number; attempt: Parameters<typeof replay>[0] }) => {
  try {
    const result = await replay(msg.attempt);
    port.postMessage({ id: msg.id, ok: true, result, logDigest: logDigest(msg.attempt.log) });
  } catch (e) {
    port.postMessage({ id: msg.id, ok: false, fault: e instanceof EngineFault, message: (e as Error)?.message ?? String(e) });
  }
});
port.postMessage({ ready: true });
