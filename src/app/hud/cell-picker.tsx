// Chooses which of the three cells is on screen.
import { useTranslation } from 'react-i18next';
import type { CellFamily } from '../../sim/cell/types.ts';
import { CELL_FAMILIES } from '../cells/cell-registry.ts';
import { useSimStore } from '../stores/sim-store.ts';

export function CellPicker() {
  const { t } = useTranslation();
  const family = useSimStore((s) => s.family);
  const loadCell = useSimStore((s) => s.loadCell);
  return (
    <label className="wt-cell-picker">
      <span>{t('cell.label')}</span>{' '}
      <select
        data-testid="cell-select"
        value={family}
        onChange={(e) => loadCell(e.target.value as CellFamily)}
      >
        {CELL_FAMILIES.map((f) => (
          <option key={f} value={f}>
            {t(`cell.${f}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
