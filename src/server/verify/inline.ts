// Runs the replay on the calling thread. For tools and tests that verify a handful of attempts; the server uses
// the worker pool so replays never block HTTP.
import { loadReplay, type ReplayEngine } from './engines.ts';
import { logDigest } from './digest.ts';
import type { AttemptInput, ReplayFunction, Verification, Verifier } from './verifier.ts';

export class InlineVerifier implements Verifier {
  readonly name: string;
  private replay: Promise<ReplayFunction>;

  constructor(engine: ReplayEngine) {
    this.name = engine === 'scenario' ? 'scenario-engine' : 'log-hash';
    this.replay = loadReplay(engine);
  }

  async verify(attempt: AttemptInput): Promise<Verification> {
    const replay = await this.replay;
    return { result: await replay(attempt), logDigest: logDigest(attempt.log) };
  }

  async close(): Promise<void> {}
}
