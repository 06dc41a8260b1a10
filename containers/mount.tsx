/** Mounts an extension page (popup, options): UI language, translated title, and the app inside the i18n context. */
import { type ComponentChildren, render } from 'preact';
import { browser } from 'wxt/browser';
import { I18n } from '../components/i18n';
import { t } from '../platform/i18n';

/** Renders `app` into `#app` with the page's title taken from the message `titleKey`. */
export function mountPage(titleKey: Parameters<typeof t>[0], app: ComponentChildren): void {
  document.documentElement.lang = browser.i18n.getUILanguage();
  document.title = t(titleKey);
  render(<I18n.Provider value={t}>{app}</I18n.Provider>, document.getElementById('app')!);
}
