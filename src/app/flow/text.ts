// Bilingual scenario text in the interface language, and simulated-time formatting for the flow screens.
import type { Bilingual } from '../../scenario/schema/common.ts';

/** The scenario's text in `lang` (zh-CN or English). */
export function pick(text: Bilingual, lang: string): string {
  return lang.startsWith('zh') ? text['zh-CN'] : text.en;
}

/** The whole seconds a countdown shows for `seconds` left: rounded up, never below 0. */
export function wholeSecondsLeft(seconds: number): number {
  return Math.max(0, Math.ceil(seconds - 1e-9));
}

/** m:ss of simulated seconds (negative shows as 0:00). */
export function clock(seconds: number): string {
  const s = wholeSecondsLeft(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
