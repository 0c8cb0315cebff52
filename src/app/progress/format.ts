// Locale-aware numbers, durations and dates for the progress screens (Intl: no strings to translate).

export function formatPracticeTime(seconds: number, lang: string): string {
  const minutes = Math.round(seconds / 60);
  const unit = (u: 'hour' | 'minute', v: number) =>
    new Intl.NumberFormat(lang, { style: 'unit', unit: u, unitDisplay: 'short' }).format(v);
  if (minutes < 60) return unit('minute', minutes);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${unit('hour', h)} ${unit('minute', m)}` : unit('hour', h);
}

export function formatScore(score: number, lang: string): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(score);
}

export function formatWhen(ms: number, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}
