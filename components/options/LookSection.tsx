/** Options → Appearance and Behaviour, with a live preview of the highlight. */
import { useState } from 'preact/hooks';
import { AFFILIATION_PALETTE, affiliationGroup } from '../../lib/affiliation';
import type { Settings } from '../../lib/settings';
import { type MessageKey, useT } from '../i18n';

/** Props: the settings and a setter for a partial change. */
export interface LookSectionProps {
  settings: Settings;
  /** The keyboard commands as the browser set them; undefined until known. */
  shortcuts?: ReadonlyArray<{ name: string; shortcut: string; suggested?: string }>;
  onChange(change: Partial<Settings>): void;
  onShortcuts?(): void;
}

const STYLES: Array<[Settings['highlightStyle'], MessageKey]> = [
  ['soft', 'styleSoft'],
  ['underline', 'styleUnderline'],
  ['dotted', 'styleDotted'],
  ['outline', 'styleOutline'],
];

const COMMAND_LABELS: Record<string, MessageKey> = {
  'next-highlight': 'shortcutNext',
  'previous-highlight': 'shortcutPrevious',
  capture: 'shortcutCapture',
};

function previewStyle(s: Settings, c: string): Record<string, string> {
  if (s.highlightStyle === 'soft') return { background: `${c}66`, borderRadius: '2px' };
  if (s.highlightStyle === 'outline') return { outline: `1.5px solid ${c}` };
  return { textDecoration: `underline ${s.highlightStyle === 'dotted' ? 'dotted ' : ''}2px ${c}`, textUnderlineOffset: '2px' };
}

const groupColour = (s: Settings, affiliation: string) =>
  s.colorByAffiliation ? AFFILIATION_PALETTE[affiliationGroup(affiliation)]! : s.highlightColor;

/** The Appearance and Behaviour sections. */
export function LookSection({ settings: saved, shortcuts, onChange, onShortcuts }: LookSectionProps) {
  // While the colour picker is dragged, only the preview follows; the choice is saved once, on
  // change, since browser sync allows 120 writes a minute.
  const t = useT();
  const [draft, setDraft] = useState<string>();
  const s = draft ? { ...saved, highlightColor: draft } : saved;
  return (
    <>
      <section class="panel" aria-labelledby="look-h">
        <h2 id="look-h">{t('appearance')}</h2>
        <div class="grid">
          <label for="hl-style">{t('highlightStyle')}</label>
          <select
            id="hl-style"
            value={s.highlightStyle}
            onChange={(e) => onChange({ highlightStyle: e.currentTarget.value as Settings['highlightStyle'] })}
          >
            {STYLES.map(([v, label]) => (
              <option key={v} value={v}>
                {t(label)}
              </option>
            ))}
          </select>
          <label for="hl-color">{t('highlightColour')}</label>
          <input
            id="hl-color"
            type="color"
            value={s.highlightColor}
            onInput={(e) => setDraft(e.currentTarget.value)}
            onChange={(e) => {
              setDraft(undefined);
              onChange({ highlightColor: e.currentTarget.value });
            }}
          />
          <label for="theme">{t('cardTheme')}</label>
          <select id="theme" value={s.theme} onChange={(e) => onChange({ theme: e.currentTarget.value as Settings['theme'] })}>
            <option value="auto">{t('themeAuto')}</option>
            <option value="light">{t('themeLight')}</option>
            <option value="dark">{t('themeDark')}</option>
          </select>
        </div>
        <label class="check">
          <input
            type="checkbox"
            checked={s.colorByAffiliation}
            onChange={(e) => onChange({ colorByAffiliation: e.currentTarget.checked })}
          />
          {t('colourByAffiliation')}
        </label>
        <p class="preview" aria-label={t('preview')}>
          In his resignation letter, <span style={previewStyle(s, s.highlightColor)}>Darroch</span> said his position was no longer tenable.{' '}
          <span style={previewStyle(s, groupColour(s, 'Labour'))}>Jeremy Corbyn</span> and{' '}
          <span style={previewStyle(s, groupColour(s, 'Conservative'))}>Alan Duncan</span> blamed Boris Johnson.
        </p>
      </section>
      <section class="panel" aria-labelledby="behaviour-h">
        <h2 id="behaviour-h">{t('behaviour')}</h2>
        <div class="grid">
          <label for="delay">{t('hoverDelay')}</label>
          <input
            id="delay"
            type="number"
            min={0}
            max={2000}
            step={50}
            value={s.hoverDelay}
            onChange={(e) => {
              const v = Number(e.currentTarget.value);
              if (Number.isFinite(v) && v >= 0 && v <= 2000) onChange({ hoverDelay: Math.round(v) });
            }}
          />
          <label for="open-on">{t('openCards')}</label>
          <select id="open-on" value={s.openOn} onChange={(e) => onChange({ openOn: e.currentTarget.value as Settings['openOn'] })}>
            <option value="hover">{t('openOnHover')}</option>
            <option value="click">{t('openOnClick')}</option>
          </select>
          <label for="hl-mode">{t('changingPages')}</label>
          <select
            id="hl-mode"
            aria-describedby="hl-mode-hint"
            value={s.highlightMode}
            onChange={(e) => onChange({ highlightMode: e.currentTarget.value as Settings['highlightMode'] })}
          >
            <option value="auto">{t('modeAuto')}</option>
            <option value="wrap">{t('modeWrap')}</option>
            <option value="ranges">{t('modeRanges')}</option>
          </select>
        </div>
        <p id="hl-mode-hint" class="muted">
          {t('modeHint')}
        </p>
        <label class="check">
          <input type="checkbox" checked={s.useAnchored} onChange={(e) => onChange({ useAnchored: e.currentTarget.checked })} />
          {t('useAnchored')}
        </label>
        <label class="check">
          <input type="checkbox" checked={s.recogniseQuotes} onChange={(e) => onChange({ recogniseQuotes: e.currentTarget.checked })} />
          {t('recogniseQuotes')}
        </label>
        {shortcuts?.length ? (
          <div class="shortcuts">
            {t('shortcutsTitle')}
            <ul>
              {shortcuts.map((c) => (
                <li key={c.name} data-command={c.name}>
                  {c.shortcut ? <kbd>{c.shortcut}</kbd> : null} {t(COMMAND_LABELS[c.name] ?? 'shortcutNext')}
                  {c.shortcut ? null : <>: {t('shortcutUnset', c.suggested ?? '—')}</>}
                </li>
              ))}
            </ul>
            {onShortcuts ? (
              <button type="button" class="link" onClick={onShortcuts}>
                {t('changeShortcut')}
              </button>
            ) : null}
          </div>
        ) : null}
      </section>
    </>
  );
}
