// The controller's messages: why an intent was refused, safety stops, arc starts, alarms. The sim gives a code
// and English text; the i18n tables translate known codes (simEvents.<code>) and fall back to the sim's text.
import { useTranslation } from 'react-i18next';
import { useSimStore } from '../stores/sim-store.ts';
import { useSimView } from './use-sim-revision.ts';

/** How many of the latest messages stay on screen. */
const SHOWN = 4;

export function EventLog() {
  const { t } = useTranslation();
  const v = useSimView();
  const world = useSimStore((s) => s.world);
  if (!world || v.events === 0) return null;
  const events = world.events.slice(-SHOWN).reverse();
  return (
    <section className="wt-events" aria-label={t('events.title')} aria-live="polite" data-testid="events">
      {events.map((e, i) => (
        <div key={`${e.tick}-${i}`} className={`wt-event wt-event-${e.kind}`}>
          {t(`simEvents.${e.code}`, { defaultValue: e.text, ...e.data })}
        </div>
      ))}
    </section>
  );
}
