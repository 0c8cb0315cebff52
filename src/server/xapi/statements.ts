// xAPI 1.0.3 statements for verified attempts, so an LMS's learning record store (LRS) keeps competition and
// training results. One statement per attempt; its id is derived from the attempt, so sending twice is harmless.
import { createHash } from 'node:crypto';
import type { Attempt, Station } from '../store/types.ts';
import {
  ACTIVITY_TYPE_SIMULATION,
  isoDuration,
  statementIdSource,
  uuidFromDigest,
  XAPI_EXTENSION_BASE,
  XAPI_VERBS,
  XAPI_VERSION,
  type XapiStatement,
} from '../../scenario/progress/xapi.ts';

// The vocabulary, statement shape, duration format and id recipe are shared with the app's export
// (src/scenario/progress/xapi.ts), so a trainee's own export and the server's statements agree.
export { XAPI_VERSION, isoDuration, type XapiStatement };
const VERB = XAPI_VERBS;
const EXT = XAPI_EXTENSION_BASE;

/** A name-based UUID (version 5 layout, SHA-256 truncated) so the same attempt always gets the same id. */
export function statementId(baseUrl: string, attemptId: number): string {
  return uuidFromDigest(createHash('sha256').update(statementIdSource(baseUrl, attemptId)).digest());
}

export function attemptStatement(
  a: Attempt,
  station: Station,
  baseUrl: string,
  eventName: string,
): XapiStatement {
  const base = baseUrl.replace(/\/+$/, '');
  const disqualified = a.disqualifiedAt !== null || station.disqualifiedAt !== null;
  const success = a.passed && !disqualified;
  const verb = disqualified ? VERB.failed : a.passed ? VERB.passed : VERB.failed;
  const score = Math.min(100, Math.max(0, a.score));
  return {
    id: statementId(base, a.id),
    actor: {
      objectType: 'Agent',
      name: station.name,
      account: { homePage: base, name: `station-${station.id}` },
    },
    verb,
    object: {
      objectType: 'Activity',
      id: `${base}/scenarios/${encodeURIComponent(a.scenarioId)}`,
      definition: { type: ACTIVITY_TYPE_SIMULATION, name: { 'en-US': a.scenarioId } },
    },
    result: {
      score: { scaled: Math.round((score / 100) * 10000) / 10000, raw: score, min: 0, max: 100 },
      success,
      completion: true,
      duration: isoDuration(a.durationS),
      extensions: {
        [`${EXT}grade`]: a.grade,
        [`${EXT}replay-hash`]: a.hash,
        ...(disqualified
          ? { [`${EXT}disqualified`]: a.disqualifiedReason ?? station.disqualifiedReason ?? true }
          : {}),
      },
    },
    context: {
      platform: 'WeldTwin',
      extensions: {
        [`${EXT}event`]: eventName,
        [`${EXT}scenario-version`]: String(a.scenarioVersion),
        [`${EXT}seed`]: a.seed,
        [`${EXT}attempt-id`]: a.id,
      },
    },
    // Server clock: when the server verified the attempt by replaying it.
    timestamp: new Date(a.verifiedAt).toISOString(),
    version: XAPI_VERSION,
  };
}

export interface LrsConfig {
  /** Base endpoint of the LRS, e.g. https://lrs.example.org/xapi/ (statements go to <endpoint>statements). */
  endpoint: string;
  /** Value of the Authorization header, e.g. "Basic <base64 key:secret>". */
  authorization?: string;
}

/** POSTs statements in batches; returns how many the LRS accepted. Throws with the LRS's answer on refusal. */
export async function sendToLrs(
  lrs: LrsConfig,
  statements: XapiStatement[],
  batchSize = 100,
): Promise<number> {
  const url = lrs.endpoint.replace(/\/*$/, '/') + 'statements';
  let sent = 0;
  for (let i = 0; i < statements.length; i += batchSize) {
    const batch = statements.slice(i, i + batchSize);
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-experience-api-version': XAPI_VERSION,
        ...(lrs.authorization ? { authorization: lrs.authorization } : {}),
      },
      body: JSON.stringify(batch),
      signal: AbortSignal.timeout(30_000),
    });
    if (!res.ok) {
      const text = (await res.text()).slice(0, 500);
      throw new Error(
        `the LRS at ${url} refused statements ${i + 1}-${i + batch.length}: HTTP ${res.status} ${text}`,
      );
    }
    sent += batch.length;
  }
  return sent;
}
