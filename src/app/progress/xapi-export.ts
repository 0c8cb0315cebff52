// xAPI export of a trainee's attempts: statements (src/scenario/progress/xapi.ts) with ids derived from the
// attempt, so sending twice is harmless; to a file, or POSTed to the LRS the trainee or instructor configured.
import {
  attemptStatement,
  statementIdSource,
  uuidFromDigest,
  XAPI_VERSION,
  type XapiStatement,
} from '../../scenario/progress/index.ts';
import type { StoredAttempt } from '../attempts/types.ts';

export interface LrsConfig {
  /** Base endpoint, e.g. https://lrs.example.org/xapi/ (statements go to <endpoint>statements). */
  endpoint: string;
  /** The Authorization header value, e.g. "Basic <base64 key:secret>". */
  authorization?: string;
}

const LRS_KEY = 'weldtwin.lrs';

export function loadLrsConfig(): LrsConfig | null {
  try {
    const v = JSON.parse(localStorage.getItem(LRS_KEY) ?? 'null') as LrsConfig | null;
    return v && typeof v.endpoint === 'string' ? v : null;
  } catch {
    return null;
  }
}

export function saveLrsConfig(c: LrsConfig | null): void {
  try {
    if (c) localStorage.setItem(LRS_KEY, JSON.stringify(c));
    else localStorage.removeItem(LRS_KEY);
  } catch {
    // Not kept across visits (private mode); the export still works now.
  }
}

export async function statementId(homePage: string, attemptId: string): Promise<string> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(statementIdSource(homePage, attemptId)),
  );
  return uuidFromDigest(new Uint8Array(digest));
}

export interface ExportOptions {
  trainee: { id: string; name: string };
  /** Where the app is served (the actor's account home page and the activity id base). */
  homePage: string;
  /** Scenario title in English, by id. */
  titleOf(scenarioId: string): string;
}

/** One statement per graded attempt (finished or left), oldest first. */
export async function statementsFor(
  attempts: readonly StoredAttempt[],
  opts: ExportOptions,
): Promise<XapiStatement[]> {
  const out: XapiStatement[] = [];
  for (const a of attempts) {
    if (!a.result) continue;
    out.push(
      attemptStatement({
        id: await statementId(opts.homePage, a.id),
        attempt: a.result.summary,
        scenarioTitle: opts.titleOf(a.scenarioId),
        trainee: opts.trainee,
        homePage: opts.homePage,
        timestamp: a.finishedAt ?? a.startedAt,
        seed: a.seed,
        appVersion: a.appVersion,
      }),
    );
  }
  return out;
}

/** POSTs statements in batches; answers how many the LRS accepted, or throws with the LRS's reply. */
export async function sendStatements(
  lrs: LrsConfig,
  statements: readonly XapiStatement[],
  batchSize = 50,
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
    });
    if (!res.ok) {
      const text = (await res.text()).slice(0, 300);
      throw new Error(
        `${url} answered HTTP ${res.status} for statements ${i + 1}–${i + batch.length}: ${text}`,
      );
    }
    sent += batch.length;
  }
  return sent;
}
