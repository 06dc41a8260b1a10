/** The options page's container: loads and saves settings and datasets; the sections stay presentational. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DatasetsSection, type PendingImport } from '../components/options/DatasetsSection';
import { LookSection } from '../components/options/LookSection';
import { PeopleSection } from '../components/options/PeopleSection';
import { SitesSection } from '../components/options/SitesSection';
import {
  checkImport,
  exportSettings,
  importSettings,
  inPriorityOrder,
  type StoredDataset,
  storedSize,
  withImported,
} from '../lib/datasets';
import { buildDirectory } from '../lib/directory';
import type { Dataset } from '../lib/schema';
import { type Settings, toStored } from '../lib/settings';
import { BUNDLED } from '../platform/datasets';
import { t } from '../platform/i18n';
import { getShortcuts, type Shortcut } from '../platform/shortcuts';
import {
  getImportedDatasets,
  getSettings,
  setImportedDatasets,
  settingsItem,
  SyncQuotaError,
  updateSettings,
  watchImportedDatasets,
  watchSettings,
} from '../platform/storage';

/** Saves text as a file through a temporary object URL; nothing leaves the machine. */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The options page, wired to storage. */
export function OptionsContainer() {
  const [settings, setSettings] = useState<Settings>();
  const [stored, setStored] = useState<StoredDataset[]>([]);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>();
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState<string>();
  const [saveError, setSaveError] = useState<string>();
  const [pending, setPending] = useState<PendingImport & { dataset: Dataset }>();
  const focus = new URLSearchParams(location.hash.slice(1)).get('person') ?? undefined;

  useEffect(() => {
    void getSettings().then(setSettings);
    void getImportedDatasets().then(setStored);
    void getShortcuts().then(setShortcuts);
    const unwatch = watchImportedDatasets(setStored);
    const unwatchSettings = watchSettings(setSettings);
    return () => (unwatch(), unwatchSettings());
  }, []);
  useEffect(() => {
    if (focus && settings) document.getElementById(`person-${focus}`)?.scrollIntoView({ block: 'center' });
  }, [focus, !!settings]);

  const people = useMemo(() => {
    const off = new Set(settings?.disabledDatasets ?? []);
    return buildDirectory(inPriorityOrder(BUNDLED, stored).filter((d) => !off.has(d.id))).people;
  }, [stored, settings?.disabledDatasets]);

  if (!settings) return <main class="options" aria-busy="true" />;
  const change = (c: Partial<Settings>) =>
    void updateSettings(c).then(
      (next) => (setSettings(next), setSaveError(undefined)),
      (e: Error) => setSaveError(t('notSaved', e instanceof SyncQuotaError ? t('syncFull', e.size, e.max) : e.message)),
    );
  const listKey = settings.siteMode === 'except' ? 'exceptSites' : 'onlySites';
  const dark = settings.theme === 'dark' || (settings.theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);

  const save = async (dataset: Dataset, wins: boolean) => {
    try {
      await setImportedDatasets(withImported(stored, dataset, wins));
      setErrors([]);
      setNotice(t('imported', dataset.title, dataset.people.length));
    } catch (e) {
      setErrors([t('storageFailed', (e as Error).message)]);
    }
  };
  const importText = (text: string) => {
    setNotice(undefined);
    setPending(undefined);
    const check = checkImport(text, [BUNDLED, ...stored.map((s) => s.dataset)], storedSize(stored));
    if (!check.ok) return setErrors(check.errors);
    setErrors([]);
    if (check.collisions.length) setPending({ title: check.dataset.title, collisions: check.collisions, dataset: check.dataset });
    else void save(check.dataset, stored.find((s) => s.dataset.id === check.dataset.id)?.wins ?? false);
  };
  const all = [
    { dataset: BUNDLED, bundled: true, wins: false },
    ...stored.map((s) => ({ dataset: s.dataset, bundled: false, wins: s.wins })),
  ];

  return (
    <main class={`options ${dark ? 'dark' : 'light'}`}>
      <header class="masthead">
        <h1>{t('optionsTitle')}</h1>
        <p class="muted">{t('optionsIntro')}</p>
        <p role="alert" class="error">
          {saveError}
        </p>
      </header>
      <SitesSection
        mode={settings.siteMode}
        rules={settings[listKey]}
        onMode={(siteMode) => change({ siteMode })}
        onRules={(rules) => change({ [listKey]: rules })}
      />
      <LookSection
        settings={settings}
        shortcuts={shortcuts}
        onChange={change}
        onShortcuts={() => void browser.tabs.create({ url: import.meta.env.FIREFOX ? 'about:addons' : 'chrome://extensions/shortcuts' })}
      />
      <PeopleSection
        people={people}
        disabled={settings.disabledPeople}
        hidden={settings.hiddenNames}
        focus={focus}
        onPerson={(id, on) =>
          change({ disabledPeople: on ? settings.disabledPeople.filter((x) => x !== id) : [...settings.disabledPeople, id] })
        }
        onUnhide={(h) => change({ hiddenNames: settings.hiddenNames.filter((x) => x !== h) })}
      />
      <DatasetsSection
        datasets={all}
        disabled={settings.disabledDatasets}
        errors={errors}
        notice={notice}
        pending={pending}
        onToggle={(id, on) =>
          change({ disabledDatasets: on ? settings.disabledDatasets.filter((x) => x !== id) : [...settings.disabledDatasets, id] })
        }
        onImportText={importText}
        onResolve={(wins) => {
          if (pending && wins !== null) void save(pending.dataset, wins);
          setPending(undefined);
        }}
        onExport={(id) => {
          const d = all.find((x) => x.dataset.id === id)?.dataset;
          if (d) download(`${id}.json`, `${JSON.stringify(d, null, 2)}\n`);
        }}
        onRemove={(id) => void setImportedDatasets(stored.filter((s) => s.dataset.id !== id))}
        onExportSettings={() => download('dramatis-settings.json', exportSettings(settings))}
        onImportSettings={(text) => {
          const r = importSettings(text);
          if (!r.ok) return setErrors(r.errors);
          setErrors([]);
          void settingsItem.setValue(toStored(r.settings)).then(() => setNotice(t('settingsImported')));
        }}
        onReset={() => {
          void Promise.all([settingsItem.setValue({}), setImportedDatasets([])]).then(() => setNotice(t('resetDone')));
        }}
      />
    </main>
  );
}
