// Runs the replay on the calling thread. For tools and tests that verify a handful of attempts; the server uses
// the worker pool so replays never block HTTP.
import { loadReplay, type LoadedEngine, type ReplayEngine } from './engines.ts';
import { logDigest } from './digest.ts';
import type { Verification, Verifier, VerifyRequest } from './verifier.ts';

export class InlineVerifier implements Verifier {
  readonly name: string;
  private readonly loaded: Promise<LoadedEngine>;
  private scenarios: { id: string; version: number | string }[] | null = null;

  constructor(engine: ReplayEngine, opts: { scenariosDir?: string } = {}) {
    this.name = engine === 'scenario' ? 'scenario-engine' : 'log-hash';
    this.loaded = loadReplay(engine, opts).then((l) => {
      this.scenarios = l.scenarios;
      return l;
    });
  }

  async ready(): Promise<void> {
    await this.loaded;
  }

  installedScenarios(): { id: string; version: number | string }[] | null {
    return this.scenarios;
  }

  async verify(attempt: VerifyRequest): Promise<Verification> {
    const { replay } = await this.loaded;
    const { logJson: _logJson, ...input } = attempt;
    return { result: await replay(input), logDigest: logDigest(input.log) };
  }

  async close(): Promise<void> {}
}
