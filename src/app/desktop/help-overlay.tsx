// Keyboard shortcut help, generated from the shortcut table.
import { useTranslation } from 'react-i18next';
import { ALL_SHORTCUTS } from '../controls/shortcuts.ts';
import { useUIStore } from '../stores/ui-store.ts';

export function HelpOverlay() {
  const { t } = useTranslation();
  const open = useUIStore((s) => s.helpOpen);
  const setOpen = useUIStore((s) => s.setHelpOpen);
  if (!open) return null;
  return (
    <div className="wt-help" role="dialog" aria-modal="true" aria-label={t('help.title')} data-testid="help">
      <h2>{t('help.title')}</h2>
      <p>{t('help.intro')}</p>
      <table>
        <tbody>
          {ALL_SHORTCUTS.map((s) => (
            <tr key={s.id}>
              <td>
                <kbd>{s.label}</kbd>
              </td>
              <td>{t(`keys.${s.id}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="wt-button" autoFocus onClick={() => setOpen(false)}>
        {t('help.close')}
      </button>
    </div>
  );
}
