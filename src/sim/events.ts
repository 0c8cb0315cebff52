// Events the twin reports while it runs: scenarios grade and coach on them, the app shows them.

export type SimEventKind =
  | 'intent-rejected'
  | 'arc-start'
  | 'arc-end'
  | 'motion'
  | 'safety'
  | 'fault'
  | 'alarm'
  | 'maintenance'
  | 'collision'
  | 'program';

export interface SimEvent {
  tick: number;
  kind: SimEventKind;
  /** Machine-readable code, e.g. 'unreachable', 'protective-stop', 'wire-stick'. */
  code: string;
  /** Message key for the app's i18n tables, with English fallback in `text`. */
  text: string;
  data?: Record<string, number | string | boolean>;
}

/** Upper bound on stored events so a runaway attempt cannot grow memory without bound. */
export const MAX_EVENTS = 20000;

export function pushEvent(events: SimEvent[], e: SimEvent): void {
  if (events.length < MAX_EVENTS) events.push(e);
}
