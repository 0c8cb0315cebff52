// xAPI 1.0.3 statements for attempts, as an LRS accepts them: the app exports a trainee's attempts with these,
// to a file or to a configured LRS. Same statement shape as the competition server (src/server/xapi); the id
// and the timestamp are inputs because hashing and clocks live outside the pure layers.
import type { AttemptSummary } from './summary.ts';

export const XAPI_VERSION = '1.0.3';
export const XAPI_VERBS = {
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-US': 'failed' } },
} as const;
// xAPI "simulation" activity type from the ADL vocabulary.
export const ACTIVITY_TYPE_SIMULATION = 'http://adlnet.gov/expapi/activities/simulation';
export const XAPI_EXTENSION_BASE = 'https://weldtwin.org/xapi/extensions/';

export interface XapiStatement {
  id: string;
  actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } };
  verb: { id: string; display: Record<string, string> };
  object: {
    objectType: 'Activity';
    id: string;
    definition: { type: string; name: Record<string, string> };
  };
  result: {
    score: { scaled: number; raw: number; min: number; max: number };
    success: boolean;
    completion: true;
    duration: string;
    extensions: Record<string, unknown>;
  };
  context: { platform: string; extensions: Record<string, unknown> };
  timestamp: string;
  version: typeof XAPI_VERSION;
}

/** ISO 8601 duration as xAPI wants it, e.g. 612.5 s → PT10M12.5S. */
export function isoDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds * 100) / 100);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s - h * 3600) / 60);
  const rest = Math.round((s - h * 3600 - m * 60) * 100) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${rest || (!h && !m) ? `${rest}S` : ''}`;
}

/** The text whose SHA-256 names an attempt's statement (same recipe as the server's statementId). */
export function statementIdSource(homePage: string, attemptId: number | string): string {
  return `${homePage.replace(/\/+$/, '')}|attempt|${attemptId}`;
}

/** A name-based UUID (version 5 layout over the first 16 bytes of a SHA-256): the same attempt, the same id. */
export function uuidFromDigest(sha256: Uint8Array): string {
  const b = Array.from(sha256.subarray(0, 16));
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export interface StatementInput {
  /** From uuidFromDigest(sha256(statementIdSource(homePage, attempt.attemptId))). */
  id: string;
  attempt: AttemptSummary;
  /** Scenario title in English (the LRS shows it). */
  scenarioTitle: string;
  trainee: { id: string; name: string };
  /** The app's address, the account home page and the activity id base (e.g. https://weldtwin.example/). */
  homePage: string;
  /** When the attempt ended, ISO 8601. */
  timestamp: string;
  seed: number;
  appVersion?: string;
}

export function attemptStatement(x: StatementInput): XapiStatement {
  const base = x.homePage.replace(/\/+$/, '');
  const a = x.attempt;
  const score = Math.min(100, Math.max(0, a.score));
  const extensions: Record<string, unknown> = { [`${XAPI_EXTENSION_BASE}grade`]: a.grade };
  if (a.hash !== undefined) extensions[`${XAPI_EXTENSION_BASE}replay-hash`] = a.hash;
  const context: Record<string, unknown> = {
    [`${XAPI_EXTENSION_BASE}scenario-version`]: String(a.version),
    [`${XAPI_EXTENSION_BASE}seed`]: x.seed,
    [`${XAPI_EXTENSION_BASE}attempt-id`]: a.attemptId,
    [`${XAPI_EXTENSION_BASE}skill-layer`]: a.skillLayer,
    [`${XAPI_EXTENSION_BASE}robot-family`]: a.robotFamily,
  };
  if (x.appVersion !== undefined) context[`${XAPI_EXTENSION_BASE}app-version`] = x.appVersion;
  return {
    id: x.id,
    actor: {
      objectType: 'Agent',
      name: x.trainee.name,
      account: { homePage: base, name: `trainee-${x.trainee.id}` },
    },
    verb: a.passed ? XAPI_VERBS.passed : XAPI_VERBS.failed,
    object: {
      objectType: 'Activity',
      id: `${base}/scenarios/${encodeURIComponent(a.scenarioId)}`,
      definition: { type: ACTIVITY_TYPE_SIMULATION, name: { 'en-US': x.scenarioTitle } },
    },
    result: {
      score: { scaled: Math.round((score / 100) * 10000) / 10000, raw: score, min: 0, max: 100 },
      success: a.passed,
      completion: true,
      duration: isoDuration(a.durationS),
      extensions,
    },
    context: { platform: 'WeldTwin', extensions: context },
    timestamp: x.timestamp,
    version: XAPI_VERSION,
  };
}

/** Problems that would make an LRS refuse a statement (xAPI 1.0.3 §2.4), empty when it is fine. */
export function statementProblems(s: XapiStatement): string[] {
  const p: string[] = [];
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(s.id))
    p.push('id: not a UUID');
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(s.object.id)) p.push('object.id: not an absolute IRI');
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(s.actor.account.homePage))
    p.push('actor.account.homePage: not an IRI');
  const sc = s.result.score;
  if (!(sc.scaled >= -1 && sc.scaled <= 1)) p.push('result.score.scaled: must be within -1…1');
  if (!(sc.min <= sc.raw && sc.raw <= sc.max)) p.push('result.score.raw: must be within min…max');
  if (!/^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/.test(s.result.duration))
    p.push('result.duration: not an ISO 8601 duration');
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s.timestamp))
    p.push('timestamp: not an ISO 8601 date-time');
  return p;
}
