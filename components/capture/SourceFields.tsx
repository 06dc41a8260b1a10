/** The capture panel's source: filled in from the page, every field editable, folded away until wanted. */
import type { SourceDraft } from '../../lib/page-source';
import { useT } from '../i18n';

/** Props: the source and how to change it. */
export function SourceFields(p: { source: SourceDraft; onChange(s: SourceDraft): void }) {
  const t = useT();
  const field = (key: keyof SourceDraft, label: string) => (
    <label class="field">
      <span>{label}</span>
      <input dir="auto" value={p.source[key] ?? ''} onInput={(e) => p.onChange({ ...p.source, [key]: e.currentTarget.value })} />
    </label>
  );
  return (
    <details class="source">
      <summary>
        {t('captureSource')}: <bdi>{p.source.publisher}</bdi>
        {p.source.published ? (
          <>
            , <bdi>{p.source.published}</bdi>
          </>
        ) : null}
      </summary>
      {field('title', t('captureSourceTitle'))}
      {field('publisher', t('captureSourcePublisher'))}
      {field('published', t('captureSourceDate'))}
      {field('url', t('captureSourceUrl'))}
    </details>
  );
}
