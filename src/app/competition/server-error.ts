// Why a call to the competition server did not give an answer the station can use: the server's own refusal
// (`{"error": {"status", "code", "message"}}`), or a problem on the way there (status 0: unreachable, timeout).

/** Codes the client itself gives, for problems that never got a WeldTwin answer. */
export type ClientErrorCode =
  /** No answer at all (server down, wrong host or port, network cable, CORS refused by the browser). */
  | 'unreachable'
  /** No answer within the time limit. */
  | 'timeout'
  /** Something answered, but not a WeldTwin competition server (an HTML page, a proxy's error). */
  | 'not-weldtwin'
  /** The station stopped waiting (it left the screen). */
  | 'aborted';

export class ServerError extends Error {
  override readonly name = 'ServerError';
  constructor(
    /** HTTP status, or 0 when no HTTP answer arrived. */
    readonly status: number,
    /** The server's error code (`join-code-used`, `round-closed`, …) or a ClientErrorCode. */
    readonly code: string,
    message: string,
    /** Seconds the server asked to wait (Retry-After on 503). */
    readonly retryAfterS: number | null = null,
    /** Everything else in the server's `error` object (e.g. `expectedFrom` of a live upload). */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }

  /** No HTTP answer came back: worth trying again later. */
  get network(): boolean {
    return this.status === 0 && this.code !== 'aborted';
  }

  /**
   * Trying the same request again later may work: no answer, a server-side failure (5xx), or the server asked
   * to wait (503 / 429 with Retry-After). Any other 4xx is a refusal: the same request would be refused again.
   */
  get retryable(): boolean {
    if (this.network) return true;
    if (this.status === 429 || this.status === 503) return true;
    return this.status >= 500;
  }
}

export function isServerError(e: unknown): e is ServerError {
  return e instanceof ServerError;
}
