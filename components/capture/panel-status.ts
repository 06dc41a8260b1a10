/** What the capture panel says on its status line: why it will not save yet, or what the save did. */
import { type CaptureKind, selectionProblem } from '../../lib/capture-text';
import type { SourceDraft } from '../../lib/page-source';
import type { Translate } from '../i18n';
import type { PersonChoice } from './types';

/** Where a save stands; a refused one may name who is there already. */
export type Status = { state: 'idle' | 'saving' | 'saved' } | { state: 'error'; message: string; exists?: PersonChoice };

/** What stops a save, in the reader's words, or undefined. */
export function problemOf(
  t: Translate,
  kind: CaptureKind,
  name: string,
  role: string,
  quote: string,
  speaker: string | undefined,
  source: SourceDraft,
) {
  const text = kind === 'quote' ? quote.trim() : name.trim();
  const p = selectionProblem(text, kind);
  if (p === 'empty') return kind === 'quote' ? t('captureEmpty') : t('captureNeedName');
  if (p === 'noLetter') return t('captureNoLetter');
  if (p === 'nameTooLong') return t('captureNameTooLong', text.length);
  if (p === 'quoteTooLong') return t('captureQuoteTooLong', text.length.toLocaleString());
  if (kind === 'person' && !role.trim()) return t('captureNeedRole');
  if (kind === 'form' && !speaker) return t('captureNeedPerson');
  if (kind === 'quote' && !speaker) return t('captureNeedSpeaker');
  if (kind !== 'form' && (!source.title.trim() || !source.publisher.trim())) return t('captureNeedTitle');
  return undefined;
}

/** The status line: the extension gone, the save's answer, or what stops a save. */
export function statusText(
  t: Translate,
  o: { gone: boolean; status: Status; problem?: string; selection: string; kind: CaptureKind; notesTitle: string },
): string {
  if (o.gone) return t('captureGone');
  if (o.status.state === 'saved') return t('captureSaved', o.notesTitle);
  if (o.status.state === 'error') return o.status.message;
  if (o.status.state === 'saving') return t('captureSaving');
  if (o.problem && (o.selection || o.kind !== 'quote')) return o.problem;
  return o.selection ? '' : t('captureEmpty');
}
