import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18n } from '../../components/i18n';
import { PopupContainer } from '../../containers/PopupContainer';
import { t } from '../../platform/i18n';
import './popup.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('actionTitle');
render(
  <I18n.Provider value={t}>
    <PopupContainer />
  </I18n.Provider>,
  document.getElementById('app')!,
);
