import { fiscalYearWareki } from '../../../../src/shared/wareki.ts';
import { fmt } from '../../i18n/index.tsx';
import type { RequestReference } from './api.ts';

/** 受付番号 as the reader writes it: 令和8年度第12号 in Japanese, FY2026-12 in English; a dash when none. */
export function referenceText(texts: { referenceText: string }, ref: RequestReference | null): string {
  if (!ref) return '—';
  return fmt(texts.referenceText, {
    wareki: fiscalYearWareki(ref.fiscalYear),
    fiscalYear: ref.fiscalYear,
    serial: ref.serial,
  });
}
