// The scenario-flow strings (i18n.en.json, i18n.zh-CN.json) added to the app's i18next resources under `flow.*`
// (and the flow's shortcut descriptions under `keys.*`), so other screens' string files stay untouched.
import { i18next } from '../i18n/index.ts';
import en from './i18n.en.json';
import zhCN from './i18n.zh-CN.json';

export const flowResources = { en, 'zh-CN': zhCN } as const;

for (const [lang, bundle] of Object.entries(flowResources)) {
  // deep = true, overwrite = false: keys already merged into the app's json win.
  i18next.addResourceBundle(lang, 'translation', bundle, true, false);
}
