// Runs replays inside a worker thread so the HTTP event loop stays responsive while CPU-bound replays run, and
// holds the live sessions the pool routes to this worker (worker-sessions.ts). Messages in:
//   {id, kind: 'final', head, log | logJson, sessionId?}  a submission: continue the session, or replay from the start
//   {id, kind: 'live', sessionId, head?, entriesJson?, throughTick, budgetMs}  a live session's next chunk
//   {kind: 'drop', sessionId}  the pool evicted the session (no answer)
// out: {id, ok: true, result, logDigest, continued} | {id, ok: true, live: {tick, caughtUp, failed?}} |
//      {id, ok: false, fault, message}
import { parentPort, workerData } from 'node:worker_threads';
import { EngineFault, loadReplay, type ReplayEngine } from './engines.ts';
import type { AttemptInput } from './verifier.ts';
import { WorkerSessions, type LiveJob } from './worker-sessions.ts';

const port = parentPort;
if (!port) throw new Error('replay-worker must run in a worker thread');

const { engine, scenariosDir } = workerData as { engine: ReplayEngine; scenariosDir?: string };
const loaded = await loadReplay(engine, scenariosDir ? { scenariosDir } : {});
const sessions = new WorkerSessions(loaded.openLive, loaded.replay);

type Message =
  | {
      kind: 'final';
      id: number;
      head: Omit<AttemptInput, 'log'>;
      log?: unknown[];
      logJson?: string;
      sessionId?: number;
    }
  | ({ kind: 'live'; id: number } & LiveJob)
  | { kind: 'drop'; sessionId: number };

port.on('message', async (msg: Message) => {
  if (msg.kind === 'drop') return sessions.drop(msg.sessionId);
  try {
    if (msg.kind === 'live') {
      port.postMessage({ id: msg.id, ok: true, live: sessions.live(msg) });
      return;
    }
    const log = msg.log ?? (JSON.parse(msg.logJson!) as unknown[]);
    const done = await sessions.final({
      head: msg.head,
      log,
      ...(msg.sessionId !== undefined ? { sessionId: msg.sessionId } : {}),
    });
    port.postMessage({ id: msg.id, ok: true, ...done });
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
