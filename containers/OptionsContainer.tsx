/** The options page's container: loads and saves settings; the sections stay presentational. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LookSection } from '../components/options/LookSection';
import { SitesSection } from '../components/options/SitesSection';
import type { Settings } from '../lib/settings';
import { getSettings, updateSettings, watchSettings } from '../platform/storage';

/** The options page, wired to storage. */
export function OptionsContainer() {
  const [settings, setSettings] = useState<Settings>();
  const [shortcut, setShortcut] = useState<string>();
  useEffect(() => {
    void getSettings().then(setSettings);
    void browser.commands?.getAll().then((all) => setShortcut(all.find((c) => c.name === 'next-highlight')?.shortcut));
    return watchSettings(setSettings);
  }, []);
  if (!settings) return <main class="options" aria-busy="true" />;
  const change = (c: Partial<Settings>) => void updateSettings(c).then(setSettings);
  const listKey = settings.siteMode === 'except' ? 'exceptSites' : 'onlySites';
  const dark = settings.theme === 'dark' || (settings.theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  return (
    <main class={`options ${dark ? 'dark' : 'light'}`}>
      <header class="masthead">
        <h1>Dramatis options</h1>
        <p class="muted">Changes are saved at once and apply to open tabs.</p>
      </header>
      <SitesSection mode={settings.siteMode} rules={settings[listKey]} onMode={(siteMode) => change({ siteMode })} onRules={(rules) => change({ [listKey]: rules })} />
      <LookSection
        settings={settings}
        shortcut={shortcut}
        onChange={change}
        onShortcuts={() => void browser.tabs.create({ url: import.meta.env.FIREFOX ? 'about:addons' : 'chrome://extensions/shortcuts' })}
      />
    </main>
  );
}
