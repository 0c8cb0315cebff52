// The PWA strings (i18n.en.json, i18n.zh-CN.json) added to the app's i18next resources under `pwa.*`.
import { i18next } from '../i18n/index.ts';
import en from './i18n.en.json';
import zhCN from './i18n.zh-CN.json';

export const pwaResources = { en, 'zh-CN': zhCN } as const;

for (const [lang, bundle] of Object.entries(pwaResources)) {
  // deep = true, overwrite = false: keys already merged into the app's json win.
  i18next.addResourceBundle(lang, 'translation', bundle, true, false);
}
