// The progress and attempts strings (i18n.en.json, i18n.zh-CN.json) added to the app's i18next resources under
// `progress.*`, so these screens work whether or not the lead has merged them into the app's own files.
import { i18next } from '../i18n/index.ts';
import en from './i18n.en.json';
import zhCN from './i18n.zh-CN.json';

export const progressResources = { en, 'zh-CN': zhCN } as const;

for (const [lang, bundle] of Object.entries(progressResources)) {
  // deep = true, overwrite = false: keys already merged into the app's json win.
  i18next.addResourceBundle(lang, 'translation', bundle, true, false);
}
