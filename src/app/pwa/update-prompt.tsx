// "Update available — reload": shown when a new service worker waits. The new code only runs after the trainee
// chooses to reload (never swapped in mid-scenario); "Later" hides the prompt until the next start.
import { useTranslation } from 'react-i18next';
import { usePwaStore } from './pwa-state.ts';

export function UpdatePrompt() {
  const { t } = useTranslation();
  const needRefresh = usePwaStore((s) => s.needRefresh);
  const update = usePwaStore((s) => s.update);
  const dismiss = usePwaStore((s) => s.dismiss);
  if (!needRefresh) return null;
  return (
    <div role="alertdialog" aria-labelledby="wt-update-title" data-testid="update-prompt" style={BOX}>
      <strong id="wt-update-title">{t('pwa.updateAvailable')}</strong>
      <p style={{ margin: '6px 0 10px' }}>{t('pwa.updateDetail')}</p>
      <button type="button" className="wt-button" data-testid="update-reload" onClick={update}>
        {t('pwa.reload')}
      </button>{' '}
      <button type="button" className="wt-button" onClick={dismiss}>
        {t('pwa.later')}
      </button>
    </div>
  );
}

const BOX = {
  position: 'fixed',
  right: 12,
  bottom: 12,
  zIndex: 1000,
  maxWidth: 320,
  padding: '10px 12px',
  background: '#262b33',
  color: '#e8eaed',
  border: '1px solid #7fd0ff',
  borderRadius: 6,
  font: '14px system-ui, "Noto Sans CJK SC", sans-serif',
} as const;
