// "Enter VR" / "Exit VR": shown disabled while checking or when no headset is present.
import { useTranslation } from 'react-i18next';
import { useUIStore } from '../stores/ui-store.ts';
import { loadXR } from '../xr/xr-support.ts';

export function VRButton() {
  const { t } = useTranslation();
  const support = useUIStore((s) => s.xrSupport);
  const active = useUIStore((s) => s.xrSessionActive);
  const label = active
    ? t('xr.exitVR')
    : support === 'supported'
      ? t('xr.enterVR')
      : support === 'checking'
        ? t('xr.checking')
        : t('xr.unavailable');
  return (
    <button
      type="button"
      data-testid="enter-vr"
      className="wt-button wt-vr-button"
      disabled={support !== 'supported'}
      onClick={() => {
        void loadXR().then((xr) => (active ? xr.exitVR() : xr.enterVR()));
      }}
    >
      {label}
    </button>
  );
}
