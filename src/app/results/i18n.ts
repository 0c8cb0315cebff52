// The results screen's strings (i18n.en.json, i18n.zh-CN.json) added to the app's i18next resources under
// `results.*`; loaded with the results chunk.
import { i18next } from '../i18n/index.ts';
import en from './i18n.en.json';
import zhCN from './i18n.zh-CN.json';

export const resultsResources = { en, 'zh-CN': zhCN } as const;

for (const [lang, bundle] of Object.entries(resultsResources)) {
  // deep = true, overwrite = false: keys already merged into the app's json win.
  i18next.addResourceBundle(lang, 'translation', bundle, true, false);
}
