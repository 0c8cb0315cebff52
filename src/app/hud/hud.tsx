// The 2D overlay on top of the 3D view: title, cell, language, VR entry, and the desktop panels.
import { useTranslation } from 'react-i18next';
import * as c from '../controls/commands.ts';
import { CellControls } from '../desktop/cell-controls.tsx';
import { useFlowStore } from '../flow/flow-store.ts';
import { EventLog } from '../desktop/event-log.tsx';
import { HelmetOverlay } from '../desktop/helmet-overlay.tsx';
import { HelpOverlay } from '../desktop/help-overlay.tsx';
import { PendantPanel } from '../desktop/pendant-panel.tsx';
import { PowerSourcePanel } from '../desktop/power-source-panel.tsx';
import { SafetyBanner } from '../desktop/safety-banner.tsx';
import { TechniqueGauges } from '../desktop/technique-gauges.tsx';
import { simAvailable } from '../sim/world-adapter.ts';
import { useSimStore } from '../stores/sim-store.ts';
import { useUIStore } from '../stores/ui-store.ts';
import { CellPicker } from './cell-picker.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { VRButton } from './vr-button.tsx';

export function Hud() {
  const { t } = useTranslation();
  const panelsOpen = useUIStore((s) => s.panelsOpen);
  const inXR = useUIStore((s) => s.xrSessionActive);
  const generation = useSimStore((s) => s.generation);
  // A running scenario owns the cell: no switching cells under it.
  const inScenario = useSimStore((s) => s.run != null);
  const goHome = useFlowStore((s) => s.goHome);
  return (
    <div className="wt-hud">
      <HelmetOverlay />
      <header className="wt-topbar">
        <div>
          <h1 className="wt-title">{t('app.title')}</h1>
          <div className="wt-subtitle">{t('app.subtitle')}</div>
        </div>
        <div className="wt-topbar-actions">
          {!inScenario && (
            <button type="button" className="wt-button wt-secondary" data-testid="flow-home" onClick={goHome}>
              {t('flow.hud.home')}
            </button>
          )}
          {!inScenario && <CellPicker />}
          <LanguageSwitch />
          <button
            type="button"
            className="wt-button wt-secondary"
            data-testid="help-button"
            onClick={c.toggleHelp}
          >
            {t('help.open')}
          </button>
          <VRButton />
        </div>
      </header>
      {!simAvailable && <div className="wt-notice">{t('sim.unavailable')}</div>}
      {panelsOpen && !inXR && (
        <>
          <PendantPanel />
          <PowerSourcePanel key={generation} />
          <CellControls key={`cell-${generation}`} />
        </>
      )}
      <SafetyBanner />
      <EventLog />
      <TechniqueGauges />
      <HelpOverlay />
    </div>
  );
}
