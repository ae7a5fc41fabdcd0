/**
 * Policy import from the command line:
 *   npm run policy -- import FILE [--json]   the analysis (JSON with --json, otherwise a short summary)
 *   npm run policy -- explain FILE           what the engine made of each line, and why
 * Bad input exits with code 2.
 */
import { readFileSync, statSync } from 'node:fs';
import type { PolicyAnalysis } from '../modules/policy/index.ts';
import {
  analyzePolicy,
  explainPolicy,
  extractPolicyText,
  MAX_POLICY_BYTES,
  PolicyInputError,
} from '../modules/policy/index.ts';

const USAGE = 'usage: npm run policy -- import FILE [--json] | explain FILE';

/** One block per line: the line as written, then what became of it. */
function explanation(text: string): string {
  return explainPolicy(text)
    .map((l) => {
      const head = `${String(l.line).padStart(5)}  ${l.text}`;
      const notes = l.notes.length > 0 ? l.notes : l.text.trim() === '' ? ['空行'] : ['（読まれていません）'];
      return [head, ...notes.map((n) => `       → ${n}`)].join('\n');
    })
    .join('\n');
}

function summary(a: PolicyAnalysis, format: string): string {
  const lines = [
    `タイトル / title: ${a.title}`,
    `発行者 / issuer: ${a.issuer ?? '-'}`,
    `種別 / kinds: ${a.kinds.join(', ') || '-'} (${format})`,
    `日付 / dates: ${a.dates.map((d) => `${d.kind} ${d.iso}`).join(', ') || '-'}`,
    `条項 / clauses: ${a.clauses.length} (見出し ${a.clauses.filter((c) => c.title).length})`,
    `役割 / roles: ${a.roles.map((r) => (r.post ? `${r.name}=${r.post}` : r.name)).join(', ') || '-'}`,
    `委員会 / committees: ${a.committees.map((c) => c.name).join(', ') || '-'}`,
    `分類 / classification: ${a.classification ? `${a.classification.axes.join('/')} ${a.classification.levels.map((l) => l.label).join(' > ')}` : '-'}`,
    `ネットワーク / segments: ${a.segments.join(', ') || '-'}`,
    `義務 / obligations: ${a.obligations.length}`,
    `警告 / warnings: ${a.warnings.length}`,
    ...a.warnings.map((w) => `  - ${w}`),
  ];
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [command, file, ...rest] = argv;
  if ((command !== 'import' && command !== 'explain') || !file) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    if (statSync(file).size > MAX_POLICY_BYTES) throw new PolicyInputError('policy.too_large');
    const { text, format } = await extractPolicyText(readFileSync(file));
    if (command === 'explain') {
      process.stdout.write(`${explanation(text)}\n`);
      return 0;
    }
    const analysis = analyzePolicy(text, { omitOriginal: !rest.includes('--original') });
    process.stdout.write(
      rest.includes('--json') ? `${JSON.stringify(analysis, null, 2)}\n` : `${summary(analysis, format)}\n`,
    );
    return 0;
  } catch (err) {
    if (err instanceof PolicyInputError) {
      process.stderr.write(`エラー: ${err.messages.ja}\nerror: ${err.messages.en} [${err.code}]\n`);
      return 2;
    }
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      process.stderr.write(`エラー: ファイルがありません: ${file}\nerror: no such file: ${file}\n`);
      return 2;
    }
    throw err;
  }
}

process.exitCode = await main(process.argv.slice(2));
