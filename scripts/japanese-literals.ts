/**
 * Japanese text written into server code (`test/scripts/japanese-literals.test.ts`): every string,
 * template or regular-expression literal of `src/` with Japanese in it, outside comments. Texts shown to
 * people live in message catalogues (`messages.ts`, `src/i18n/`) as codes with parameters; what is left
 * is listed by the test's allow-list of places that must read or write Japanese itself.
 * Patterns are not counted: the policy engine's (`policy/{parse,text,gap}/`), a module's `policy-patterns.ts`
 * (the words of a Japanese policy it reads) and `import-patterns.ts` (the headings, aliases and values of the
 * body's own Japanese ledgers it imports), one job each; nor a `clausePath:` (an address in the policy's own
 * numbering, 第2章/6./(4)/②).
 * Run: `node scripts/japanese-literals.ts` (one line per literal).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Literal {
  file: string;
  line: number;
  text: string;
  /** The property name the literal is the value of (`ja: '…'` → `ja`), or ''. */
  key: string;
}

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Whether a `/` at this point starts a regular expression (after an operator, bracket or keyword). */
function regexCanStart(code: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /\s/.test(code[i])) i--;
  if (i < 0) return true;
  if (/[(,=:[!&|?{};+\-*%<>~^]/.test(code[i])) return true;
  const word = /[\w$]+$/.exec(code.slice(Math.max(0, i - 10), i + 1))?.[0];
  return (
    word !== undefined && ['return', 'typeof', 'case', 'in', 'of', 'void', 'yield', 'await'].includes(word)
  );
}

/** Every string, template and regular-expression literal of a TypeScript source with Japanese in it. */
export function japaneseLiterals(file: string, source: string): Literal[] {
  const out: Literal[] = [];
  const lineOf = (index: number) => source.slice(0, index).split('\n').length;
  const keyBefore = (index: number) =>
    /([\w$]+)\??\s*:\s*$/.exec(source.slice(Math.max(0, index - 40), index))?.[1] ?? '';
  const take = (start: number, end: number, key = keyBefore(start)) => {
    const text = source.slice(start, end);
    if (JAPANESE.test(text)) out.push({ file, line: lineOf(start), text, key });
  };
  // Template literals nest through `${ … }`: each open template's brace depth (and the key it is the
  // value of, for the parts after a placeholder) is kept on a stack.
  const templates: { depth: number; key: string }[] = [];
  let depth = 0;
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? source.length : end + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < source.length && source[j] !== c && source[j] !== '\n') j += source[j] === '\\' ? 2 : 1;
      take(i, j + 1);
      i = j + 1;
    } else if (
      c === '`' ||
      (c === '}' && templates.length > 0 && templates[templates.length - 1].depth === depth)
    ) {
      const key = c === '}' ? (templates.pop()?.key ?? '') : keyBefore(i);
      let j = i + 1;
      while (j < source.length && source[j] !== '`' && !(source[j] === '$' && source[j + 1] === '{'))
        j += source[j] === '\\' ? 2 : 1;
      take(i, Math.min(j + 1, source.length), key);
      if (source[j] === '$') {
        templates.push({ depth, key });
        i = j + 2;
      } else i = j + 1;
    } else if (c === '/' && regexCanStart(source, i)) {
      let j = i + 1;
      let inClass = false;
      while (j < source.length && source[j] !== '\n' && (inClass || source[j] !== '/')) {
        if (source[j] === '\\') j++;
        else if (source[j] === '[') inClass = true;
        else if (source[j] === ']') inClass = false;
        j++;
      }
      take(i, j + 1);
      i = j + 1;
    } else {
      if (c === '{') depth++;
      else if (c === '}') depth--;
      i++;
    }
  }
  return out;
}

/** Server source files (tests and test support left out: they may speak Japanese to assert it). */
export function serverSources(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (
        /\.ts$/.test(entry.name) &&
        !/(\.test|\.test-support)\.ts$|\/testkit\.ts$|\/test-org\.ts$/.test(rel)
      )
        files.set(rel, readFileSync(path.join(root, rel), 'utf8'));
    }
  };
  walk('src');
  return files;
}

/**
 * Where Japanese in code is its own place: message catalogues, the policy engine's patterns (and its scoring
 * against the corpus fixtures, which compares Japanese posts and date kinds) and each
 * module's words of a Japanese policy (`policy-patterns.ts`) or ledger (`import-patterns.ts`), and the
 * rules of the language itself (和暦; the grammar that turns a policy's obligations into questions).
 */
export function isCatalogue(file: string): boolean {
  return (
    /^src\/i18n\//.test(file) ||
    /^src\/modules\/[^/]+\/([\w-]+-)?messages\.ts$/.test(file) ||
    /^src\/modules\/policy\/(parse|text|gap|fixtures)\//.test(file) ||
    /^src\/modules\/[^/]+\/(policy|import)-patterns\.ts$/.test(file) ||
    file === 'src/modules/assessment/question.ts' ||
    file === 'src/shared/wareki.ts'
  );
}

/**
 * Keys whose Japanese value is one half of a pair with English beside it (`{ ja, en }`, `nameJa` /
 * `nameEn`), a route's summary for developers (OpenAPI) naming a Japanese term, or a clause's address
 * in the policy's own numbering (`clausePath: '第2章/6./(4)/②'`, as the engine's paths are written).
 */
const PAIRED_KEYS = new Set(['ja', 'nameJa', 'name_ja', 'summary', 'clausePath']);

/** Japanese literals that are neither in a catalogue nor half of a ja/en pair, counted per file. */
export function countsOutsideCatalogues(files: Map<string, string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [file, source] of files) {
    if (isCatalogue(file)) continue;
    const n = japaneseLiterals(file, source).filter((l) => !PAIRED_KEYS.has(l.key)).length;
    if (n > 0) counts.set(file, n);
  }
  return counts;
}

/** The allow-list: `path count` a line, `#` starts a comment. */
export function readLiteralAllowList(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [file, count] = line.replace(/#.*$/, '').trim().split(/\s+/);
    if (file) out.set(file, Number(count));
  }
  return out;
}

/** Differences between the counts found and the allow-list: new literals, and counts that went down. */
export function literalProblems(found: Map<string, number>, allowed: Map<string, number>): string[] {
  const problems: string[] = [];
  for (const [file, n] of found) {
    const max = allowed.get(file) ?? 0;
    if (n > max)
      problems.push(
        `${file}: ${n} Japanese literal(s), ${max} allowed — put texts shown to people in the module's messages.ts as codes with parameters`,
      );
    else if (n < max)
      problems.push(`${file}: ${n} Japanese literal(s) now; lower its count in the allow-list to ${n}`);
  }
  for (const file of allowed.keys())
    if (!found.has(file)) problems.push(`${file}: no Japanese literal left; remove it from the allow-list`);
  return problems;
}

if (import.meta.main) {
  const root = path.resolve(import.meta.dirname, '..');
  for (const [file, source] of serverSources(root))
    for (const l of japaneseLiterals(file, source))
      console.log(`${l.file}:${l.line} ${l.key ? `${l.key}: ` : ''}${l.text.slice(0, 80)}`);
}
