// What to tell the station operator when a call did not work: every server refusal and network problem as a
// translated message (competition.errors.*) that says what happened and what to do about it.
import { isServerError } from './server-error.ts';

export interface Message {
  /** i18n key under competition.errors */
  key: string;
  values: Record<string, string>;
}

/** Server codes with a message of their own; any other refusal shows the server's text with its code. */
const KNOWN = new Set([
  'unreachable',
  'timeout',
  'not-weldtwin',
  'no-route',
  'unknown-join-code',
  'join-code-used',
  'session-expired',
  'not-authenticated',
  'bad-authorization',
  'wrong-role',
  'round-not-open',
  'round-closed',
  'no-open-round',
  'wrong-round',
  'wrong-exercise',
  'hash-mismatch',
  'attempt-rejected',
  'station-disqualified',
  'other-station',
  'log-from-other-station',
  'idempotency-key-reused',
  'duplicate-attempt',
  'verifier-busy',
  'body-too-large',
  'invalid-body',
]);

/** Same meaning, same message. */
const ALIAS: Record<string, string> = {
  'not-authenticated': 'session-expired',
  'bad-authorization': 'session-expired',
};

/**
 * The message for `e` from a call to `server`. `pageProtocol` is the app's own (`location.protocol`): an https page
 * cannot call an http server (the browser blocks it), which looks like an unreachable server otherwise.
 */
export function describeError(e: unknown, server: string, pageProtocol = currentProtocol()): Message {
  if (!isServerError(e)) {
    return { key: 'competition.errors.internal', values: { message: String(e) } };
  }
  const values = { server, message: e.message, code: e.code, status: String(e.status) };
  if (e.code === 'unreachable' && pageProtocol === 'https:' && server.startsWith('http:'))
    return { key: 'competition.errors.mixedContent', values };
  if (KNOWN.has(e.code)) return { key: `competition.errors.${ALIAS[e.code] ?? e.code}`, values };
  if (e.status >= 500) return { key: 'competition.errors.serverFault', values };
  return { key: 'competition.errors.refused', values };
}

function currentProtocol(): string {
  return typeof location === 'undefined' ? 'http:' : location.protocol;
}
