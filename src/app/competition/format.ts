// Wall-clock times for the station view: a round's opening and closing in the station's local time, and the
// countdown to it.

/** h:mm:ss (or m:ss under an hour) until `ms` from `now`; 0:00 once it has passed. */
export function countdown(targetMs: number, nowMs: number): string {
  const s = Math.max(0, Math.ceil((targetMs - nowMs) / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** The time in the station's time zone, with the date when it is not today. */
export function localTime(iso: string, lang: string, nowMs: number): string {
  const d = new Date(iso);
  if (!Number.isFinite(d.getTime())) return iso;
  const sameDay = new Date(nowMs).toDateString() === d.toDateString();
  return d.toLocaleString(lang, {
    ...(sameDay ? {} : { year: 'numeric', month: 'short', day: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
  });
}
