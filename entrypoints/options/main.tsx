import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18n } from '../../components/i18n';
import { OptionsContainer } from '../../containers/OptionsContainer';
import { t } from '../../platform/i18n';
import './options.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');
render(
  <I18n.Provider value={t}>
    <OptionsContainer />
  </I18n.Provider>,
  document.getElementById('app')!,
);
