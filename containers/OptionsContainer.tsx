/** The options page's container: loads and saves settings and datasets; the sections stay presentational. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DatasetsSection } from '../components/options/DatasetsSection';
import { LookSection } from '../components/options/LookSection';
import { PeopleSection } from '../components/options/PeopleSection';
import { SitesSection } from '../components/options/SitesSection';
import { exportSettings, importSettings, inPriorityOrder } from '../lib/datasets';
import { buildDirectory } from '../lib/directory';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings';
import { bundledDataset } from '../platform/datasets';
import { t } from '../platform/i18n';
import { getShortcuts, type Shortcut } from '../platform/shortcuts';
import { getSettings, replaceSettings, setImportedDatasets, SyncQuotaError, updateSettings, watchSettings } from '../platform/storage';
import peopleSchema from '../data/people.schema.json';
import { useImports } from './use-imports';
import { useNotes } from './use-notes';
import { NotesSection } from '../components/options/NotesSection';
import { toWebAnnotations } from '../lib/web-annotation';
import { countOnLastTab } from '../platform/tab-preview';

/** The dataset format's JSON Schema, generated from lib/schema.ts, offered as a file to save. */
const SCHEMA_HREF = `data:application/json;charset=utf-8,${encodeURIComponent(`${JSON.stringify(peopleSchema, null, 2)}\n`)}`;

/** The bundled people: read-only, offered "Copy to my notes" instead. */
const BUNDLED_IDS: ReadonlySet<string> = new Set(bundledDataset().people.map((p) => p.id));

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
  const [shortcuts, setShortcuts] = useState<Shortcut[]>();
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState<string>();
  // The settings' own import and reset answer by their buttons.
  const [settingsErrors, setSettingsErrors] = useState<string[]>([]);
  const [settingsNotice, setSettingsNotice] = useState<string>();
  const [saveError, setSaveError] = useState<string>();
  const focus = new URLSearchParams(location.hash.slice(1)).get('person') ?? undefined;

  useEffect(() => {
    void getSettings().then(setSettings);
    void getShortcuts().then(setShortcuts);
    return watchSettings(setSettings);
  }, []);
  const imports = useImports(setNotice, setErrors);
  const notes = useNotes();
  useEffect(() => {
    if (focus && settings) document.getElementById(`person-${focus}`)?.scrollIntoView({ block: 'center' });
  }, [focus, !!settings]);

  const people = useMemo(() => {
    const off = new Set(settings?.disabledDatasets ?? []);
    return buildDirectory(inPriorityOrder(bundledDataset(), imports.valid).filter((d) => !off.has(d.id))).people;
  }, [imports.valid, settings?.disabledDatasets]);

  if (!settings) return <main class="options" aria-busy="true" />;
  const change = (c: Partial<Settings>) =>
    void updateSettings(c).then(
      (next) => (setSettings(next), setSaveError(undefined)),
      (e: Error) => setSaveError(t('notSaved', e instanceof SyncQuotaError ? t('syncFull', e.size, e.max) : e.message)),
    );
  const listKey = settings.siteMode === 'except' ? 'exceptSites' : 'onlySites';
  const dark = settings.theme === 'dark' || (settings.theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);

  const all = [
    { dataset: bundledDataset(), bundled: true, wins: false },
    ...imports.valid.map((s) => ({ dataset: s.dataset, bundled: false, wins: s.wins })),
  ];
  const settingsError = (e: unknown) =>
    setSettingsErrors([e instanceof SyncQuotaError ? t('syncFull', e.size, e.max) : t('storageFailed', (e as Error).message)]);

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
        readOnly={BUNDLED_IDS}
        onCopyToNotes={notes.copyToNotes}
      />
      <DatasetsSection
        datasets={all}
        disabled={settings.disabledDatasets}
        broken={imports.broken}
        migrationError={imports.migration}
        errors={errors}
        notice={notice}
        removed={imports.removed?.title}
        onUndoRemove={() => void imports.undoRemove()}
        pending={imports.pending}
        onToggle={(id, on) =>
          change({ disabledDatasets: on ? settings.disabledDatasets.filter((x) => x !== id) : [...settings.disabledDatasets, id] })
        }
        onImportText={(text) => (imports.forgetRemoved(), imports.importText(text))}
        onResolve={imports.resolve}
        onExport={(id) => {
          const d = all.find((x) => x.dataset.id === id)?.dataset;
          if (d) download(`${id}.json`, `${JSON.stringify(d, null, 2)}\n`);
        }}
        onRemove={(which) => void imports.remove(which)}
        onExportAnnotations={(id) => {
          const d = all.find((x) => x.dataset.id === id)?.dataset;
          if (d) download(`${id}.annotations.jsonld`, `${JSON.stringify(toWebAnnotations(d), null, 2)}\n`);
        }}
        onExportSettings={() => download('dramatis-settings.json', exportSettings(settings))}
        onImportSettings={(text) => {
          setSettingsNotice(undefined);
          const r = importSettings(text);
          if (!r.ok) return setSettingsErrors(r.errors);
          setSettingsErrors([]);
          // Refused before anything changes if it would not fit in browser sync.
          void replaceSettings(r.settings).then(() => setSettingsNotice(t('settingsImported')), settingsError);
        }}
        onReset={() => {
          setSettingsNotice(undefined);
          // Each half on its own: imports that cannot be read never keep the settings from resetting.
          void Promise.all([replaceSettings(DEFAULT_SETTINGS), setImportedDatasets([])]).then(
            () => (setSettingsErrors([]), setSettingsNotice(t('resetDone'))),
            settingsError,
          );
        }}
        settingsErrors={settingsErrors}
        settingsNotice={settingsNotice}
        schemaHref={SCHEMA_HREF}
      />
      <NotesSection
        datasets={imports.valid.map((s) => s.dataset)}
        notice={notes.notice}
        error={notes.error}
        canUndo={notes.canUndo}
        onUndo={notes.undo}
        onRename={notes.rename}
        onSavePerson={notes.savePerson}
        onQuote={notes.quote}
        onMove={notes.move}
        onDelete={notes.remove}
        onMerge={notes.merge}
        count={countOnLastTab}
      />
    </main>
  );
}
