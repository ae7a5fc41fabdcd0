/**
 * Policy import from the command line:
 *   npm run policy -- import FILE [--json]   the analysis (JSON with --json, otherwise a short summary)
 *   npm run policy -- explain FILE [--en]    what the engine made of each line, and why (in English)
 * Bad input exits with code 2.
 */
import { readFileSync, statSync } from 'node:fs';
import { type ConsoleKey, consoleLine } from '../i18n/console.ts';
import type { PolicyAnalysis } from '../modules/policy/index.ts';
import {
  analyzePolicy,
  explainPolicy,
  extractPolicyText,
  MAX_POLICY_BYTES,
  PolicyInputError,
} from '../modules/policy/index.ts';

const USAGE = 'usage: npm run policy -- import FILE [--json] | explain FILE [--en]';

/** One block per line: the line as written, then what became of it. */
function explanation(text: string, lang: 'ja' | 'en'): string {
  return explainPolicy(text, {}, undefined, lang)
    .map((l) => {
      const head = `${String(l.line).padStart(5)}  ${l.text}`;
      const notes =
        l.notes.length > 0
          ? l.notes
          : [consoleLine(l.text.trim() === '' ? 'policy_cli.blank_line' : 'policy_cli.not_read')];
      return [head, ...notes.map((n) => `       → ${n}`)].join('\n');
    })
    .join('\n');
}

function summary(a: PolicyAnalysis, format: string): string {
  // A label in both languages, then the value as the policy writes it.
  const line = (key: ConsoleKey, value: string | number) => `${consoleLine(key)}: ${value}`;
  const lines = [
    line('policy_cli.title', a.title),
    line('policy_cli.issuer', a.issuer ?? '-'),
    line('policy_cli.kinds', `${a.kinds.join(', ') || '-'} (${format})`),
    line('policy_cli.dates', a.dates.map((d) => `${d.kind} ${d.iso}`).join(', ') || '-'),
    line(
      'policy_cli.clauses',
      `${a.clauses.length} (${consoleLine('policy_cli.titled')} ${a.clauses.filter((c) => c.title).length})`,
    ),
    line('policy_cli.roles', a.roles.map((r) => (r.post ? `${r.name}=${r.post}` : r.name)).join(', ') || '-'),
    line('policy_cli.committees', a.committees.map((c) => c.name).join(', ') || '-'),
    line(
      'policy_cli.classification',
      a.classification
        ? `${a.classification.axes.join('/')} ${a.classification.levels.map((l) => l.label).join(' > ')}`
        : '-',
    ),
    line('policy_cli.segments', a.segments.join(', ') || '-'),
    line('policy_cli.obligations', a.obligations.length),
    line('policy_cli.warnings', a.warnings.length),
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
      process.stdout.write(`${explanation(text, rest.includes('--en') ? 'en' : 'ja')}\n`);
      return 0;
    }
    const analysis = analyzePolicy(text, { omitOriginal: !rest.includes('--original') });
    process.stdout.write(
      rest.includes('--json') ? `${JSON.stringify(analysis, null, 2)}\n` : `${summary(analysis, format)}\n`,
    );
    return 0;
  } catch (err) {
    if (err instanceof PolicyInputError) {
      process.stderr.write(
        `${consoleLine('policy_cli.error', { message: { ja: err.messages.ja, en: err.messages.en }, code: err.code })}\n`,
      );
      return 2;
    }
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      process.stderr.write(`${consoleLine('policy_cli.no_file', { file })}\n`);
      return 2;
    }
    throw err;
  }
}

process.exitCode = await main(process.argv.slice(2));
