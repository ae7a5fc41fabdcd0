/** File bytes or pasted text → extracted text + analysis, with the engine's input errors turned into 400s. */
import { AppError } from '../../http/errors.ts';
import { documentKindCode } from './document-kinds.ts';
import { extractInWorker } from './extraction.ts';
import { DATE_WORDS, type DateKind, PROCEDURES_TITLE } from './policy-patterns.ts';
import { PolicyInputError } from './text/errors.ts';
import { ExtractionLimitError } from './text/limits.ts';
import type { PolicyAnalysis, PolicyCorrection } from './types.ts';

export interface PreparedImport {
  text: string;
  format: string;
  analysis: PolicyAnalysis;
  /** The analysis already serialized (by the extraction worker), if it was. */
  analysisJson?: string;
}

/** The engine's input error as the API's 400, a file beyond the reading limits as 422 (codes are message keys). */
function asBadInput(err: unknown): never {
  if (err instanceof ExtractionLimitError)
    throw new AppError(err.code, 422, err.params, [{ field: 'file', code: err.code }]);
  if (err instanceof PolicyInputError) {
    throw new AppError(err.code, err.code === 'policy.too_large' ? 413 : 400, {}, [
      { field: 'file', code: err.code },
    ]);
  }
  throw err;
}

/** Extracts and analyzes uploaded bytes (text in UTF-8/Shift_JIS, .docx or PDF) in a worker with limits. */
export async function prepareFromBytes(
  bytes: Uint8Array,
  corrections?: PolicyCorrection[],
): Promise<PreparedImport> {
  try {
    return await extractInWorker({ kind: 'bytes', bytes, corrections });
  } catch (err) {
    asBadInput(err);
  }
}

/** Analyzes text sent as JSON (already decoded by the browser), in a worker with limits. */
export async function prepareFromText(
  text: string,
  corrections?: PolicyCorrection[],
): Promise<PreparedImport> {
  try {
    return await extractInWorker({ kind: 'text', text, corrections });
  } catch (err) {
    asBadInput(err);
  }
}

/** Dates of a version read from the text: first 制定, latest 施行, every 改正 (R-I8). */
export function versionDates(a: PolicyAnalysis): {
  enactedOn: string | null;
  effectiveOn: string | null;
  amendedOn: string[];
} {
  const of = (kind: DateKind) =>
    a.dates
      .filter((d) => d.kind === kind)
      .map((d) => d.iso)
      .sort();
  const enacted = of(DATE_WORDS.enacted);
  const effective = of(DATE_WORDS.effective);
  return {
    enactedOn: enacted[0] ?? null,
    effectiveOn: effective.length ? effective[effective.length - 1] : null,
    amendedOn: [...new Set(of(DATE_WORDS.amended))],
  };
}

/**
 * The kinds a document is, as codes: the engine's reading, procedures when the title says 実施手順, or the
 * importer's choice.
 */
export function documentKinds(a: PolicyAnalysis, chosen?: string): string[] {
  if (chosen) return [chosen];
  const kinds: string[] = a.kinds.map(documentKindCode);
  if (PROCEDURES_TITLE.test(a.title) && !kinds.includes('procedures')) kinds.push('procedures');
  return kinds.length ? kinds : ['standards'];
}

/** 実施手順 is never public (R-I6); a pure 基本方針 is published by default; the rest is for staff. */
export function defaultVisibility(kinds: string[]): 'public' | 'staff' | 'restricted' {
  if (kinds.includes('procedures')) return 'restricted';
  if (kinds.every((k) => k === 'basic_policy')) return 'public';
  return 'staff';
}
