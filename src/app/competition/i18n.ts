// The competition (station mode) strings (i18n.en.json, i18n.zh-CN.json) added to the app's i18next resources
// under `competition.*` when the flow's lazy chunk loads.
import { i18next } from '../i18n/index.ts';
import en from './i18n.en.json';
import zhCN from './i18n.zh-CN.json';

export const competitionResources = { en, 'zh-CN': zhCN } as const;

for (const [lang, bundle] of Object.entries(competitionResources)) {
  i18next.addResourceBundle(lang, 'translation', bundle, true, false);
}
