// What every route needs: storage, the verifier, the credential signer, the clock and the live leaderboard.
import type { CredentialSigner } from '../credentials/signing.ts';
import type { LeaderboardHub } from '../leaderboard/hub.ts';
import type { AuditInput, Store } from '../store/types.ts';
import type { Verifier } from '../verify/verifier.ts';
import type { LrsConfig } from '../xapi/statements.ts';
import { actor, type Principal } from './auth.ts';
import type { CorsOrigins } from './cors.ts';

export interface ServerOptions {
  store: Store;
  verifier: Verifier;
  signer: CredentialSigner;
  /** Wall clock in epoch ms (tests inject a fixed clock). @default Date.now */
  now?: () => number;
  /** Largest accepted request body. @default 2 MiB */
  bodyLimitBytes?: number;
  /** scrypt work factor for new passwords (log2 N, at least 14). @default 15 */
  scryptLog2N?: number;
  /** @default 12 h */
  userSessionTtlS?: number;
  /** @default 7 days */
  stationSessionTtlS?: number;
  /** Base URL that identifies this server in xAPI statements and credentials. @default http://localhost */
  publicBaseUrl?: string;
  /** Issuer name written into credentials. @default WeldTwin competition server */
  issuerName?: string;
  lrs?: LrsConfig | undefined;
  /** How often watched leaderboards re-read the database (other processes' submissions). @default 1000 */
  leaderboardPollMs?: number;
  logger?: boolean;
  /** Origins whose pages may call the API (the station app on another origin). @default '*' */
  corsOrigins?: CorsOrigins;
}

export interface Ctx {
  store: Store;
  verifier: Verifier;
  signer: CredentialSigner;
  hub: LeaderboardHub;
  now: () => number;
  bodyLimitBytes: number;
  scryptLog2N: number;
  userSessionTtlS: number;
  stationSessionTtlS: number;
  publicBaseUrl: string;
  issuerName: string;
  lrs: LrsConfig | undefined;
}

/** An audit entry for something a principal did. */
export function auditBy(
  ctx: Ctx,
  p: Principal,
  action: string,
  eventId: number | null,
  target: string,
  detail: unknown = null,
): AuditInput {
  return { at: ctx.now(), ...actor(p), action, eventId, target, detail };
}
