/** A long policy for the speed measurement: the sample 対策基準 repeated as further chapters until it is long enough. */
import { readFileSync } from 'node:fs';

/** About `chars` characters of policy text: sample 001 and its chapters renumbered as more of the same. */
export function longPolicy(chars: number): string {
  const base = readFileSync(
    new URL('../samples/policies/001-hagi-nagato-seiso.txt', import.meta.url),
    'utf8',
  );
  const body = base.slice(
    base.indexOf('第2章 情報セキュリティ対策基準', base.indexOf('第1章 情報セキュリティ基本方針') + 20),
  );
  let text = base;
  for (let n = 3; text.length < chars; n++) text += `\n${body.replace(/^第2章/, `第${n}章`)}`;
  return text.slice(0, text.lastIndexOf('\n', chars));
}
