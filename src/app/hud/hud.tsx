// The 2D overlay on top of the 3D view: title, language, VR entry.
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch.tsx';
import { VRButton } from './vr-button.tsx';

export function Hud() {
  const { t } = useTranslation();
  return (
    <div className="wt-hud">
      <header className="wt-topbar">
        <div>
          <h1 className="wt-title">{t('app.title')}</h1>
          <div className="wt-subtitle">{t('app.subtitle')}</div>
        </div>
        <div className="wt-topbar-actions">
          <LanguageSwitch />
          <VRButton />
        </div>
      </header>
    </div>
  );
}
