/**
 * Validates the policy corpus fixtures of one set (CORPUS-SPEC.md):
 *   node_modules/.bin/node test/policy-corpus/validate.ts dev [--strict] [--quiet] [id-prefix…]
 * Errors: a fixture that does not parse or lacks fields, strings not normalized, a path whose labels
 * do not occur in order, a `starts` not found (once, at a sentence start) in its clause's own text,
 * unknown actors, approvers or levels. Warnings (errors with --strict): sentences that look modal but
 * carry no obligation, a modality that disagrees with the sentence ending, numbered lines that look
 * like headings but are not labelled as such.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusDoc, type Fixture } from './corpus-doc.ts';
import { modalHint, normalize } from './corpus-text.ts';

const MODALITIES = new Set(['must', 'must_not', 'shall', 'endeavor', 'may']);
const TOPICS = new Set(
  `take_out transport external_provision external_email disposal software_install device_modification
  network_connection cloud_use private_device security_setting system_introduction wireless_lan
  outsourcing information_viewing exception other`.split(/\s+/),
);
const SEGMENT_NAMES: Record<string, string[]> = {
  マイナンバー利用事務系: ['マイナンバー利用事務系', 'マイナンバー事務系', '個人番号利用事務系'],
  LGWAN接続系: ['LGWAN接続系'],
  インターネット接続系: ['インターネット接続系'],
  独立系: ['独立系'],
};
const DATE_KINDS = new Set(['制定', '施行', '改正', '作成']);

interface Report {
  errors: string[];
  warnings: string[];
  counts: Record<string, number>;
}

/** Every string in the fixture must already be in normalized form. */
function checkNormalized(value: unknown, where: string, errors: string[]): void {
  if (typeof value === 'string') {
    if (normalize(value) !== value)
      errors.push(`${where}: not normalized: "${value}" → "${normalize(value)}"`);
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) checkNormalized(v, `${where}[${i}]`, errors);
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k !== 'note') checkNormalized(v, `${where}.${k}`, errors);
    }
}

/** Locates `starts` in the clause at `path`; returns the sentence it begins, or records an error. */
function locate(
  doc: CorpusDoc,
  path: string,
  starts: string,
  titles: Map<string, string>,
  errors: string[],
  covered: Set<string>,
): string | null {
  const line = doc.resolve(path);
  if (typeof line === 'string') {
    errors.push(line);
    return null;
  }
  const region = doc.region(line, titles.get(path));
  const hits = region.sentences.filter((s) => s.text.startsWith(starts));
  const anywhere = region.text.split(starts).length - 1;
  if (hits.length !== 1 || anywhere !== 1) {
    const why =
      anywhere === 0
        ? 'not in the clause text'
        : hits.length === 0
          ? 'not at a sentence start'
          : 'not unique';
    errors.push(`${path}: "${starts}" ${why}`);
    return null;
  }
  const s = hits[0];
  if (starts.length < Math.min(8, s.text.length) || starts.length > 40)
    errors.push(`${path}: "${starts}" should be 12–20 characters`);
  covered.add(`${line}:${s.start}`);
  return s.text;
}

/**
 * Whether a numbered line opens a clause of its own (text below it, or a deeper numbering level
 * next) rather than being one item of a list (the next line is a sibling or an ancestor's sibling).
 */
function opensClause(doc: CorpusDoc, index: number): boolean {
  const next = doc.lines.slice(index + 1).find((l) => l.label || (!l.skipped && l.raw.trim() !== ''));
  if (!next?.label) return true;
  const open: string[] = [];
  for (const j of doc.labelled()) {
    if (j > index) break;
    const style = doc.lines[j].label?.style ?? '';
    const k = open.indexOf(style);
    if (k >= 0) open.length = k;
    open.push(style);
  }
  // a 項 number after a 号 list belongs to the article, not to the item above it
  const articles = ['article', 'article-bare', 'supplementary'];
  if (next.label.style === 'arabic' && open.some((st) => articles.includes(st))) return false;
  // 3―1―1 after the items of 3―1 is the next level of 3―1, not of the item above it
  const dotted = /^(dot|dash)-([0-9]+)$/.exec(next.label.style);
  const parent = dotted && `${dotted[1]}-${Number(dotted[2]) - 1}`;
  if (parent && open.includes(parent) && open[open.length - 1] !== parent) return false;
  return !open.includes(next.label.style);
}

function validate(text: string, f: Fixture, id: string): Report {
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const key of [
    'id',
    'layout',
    'note',
    'meta',
    'headings',
    'obligations',
    'roles',
    'topRole',
    'segments',
  ])
    if (!(key in f)) errors.push(`missing field ${key}`);
  if (errors.length > 0) return { errors, warnings, counts: {} };
  if (f.id !== id) errors.push(`id ${f.id} does not match the file name ${id}`);
  checkNormalized(f, 'fixture', errors);
  const doc = new CorpusDoc(text, f);
  errors.push(...doc.tocErrors);

  if (!doc.flat.includes(f.meta.title)) errors.push(`meta.title not in text: ${f.meta.title}`);
  if (f.meta.issuer && !doc.flat.includes(f.meta.issuer)) errors.push(`meta.issuer not in text`);
  for (const k of f.meta.kinds) if (k !== '基本方針' && k !== '対策基準') errors.push(`meta.kinds: ${k}`);
  for (const [k, d] of f.meta.dates)
    if (!DATE_KINDS.has(k) || !/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(d)))
      errors.push(`meta.dates: ${k} ${d}`);

  const titles = new Map<string, string>();
  const headingLines = new Map<number, string>();
  for (const h of f.headings) {
    if (titles.has(h.path)) errors.push(`heading ${h.path} listed twice`);
    titles.set(h.path, h.title);
    const line = doc.resolve(h.path);
    if (typeof line === 'string') {
      errors.push(line);
      continue;
    }
    headingLines.set(line, h.title);
    const rest = doc.lines[line].label?.rest ?? '';
    if (!rest.startsWith(h.title) && doc.caption(line) !== h.title)
      errors.push(`heading ${h.path}: title "${h.title}" is neither on its line nor its caption`);
  }

  const roleNames = new Set(f.roles.map((r) => r.name));
  const aliases = new Map<string, string>();
  for (const r of f.roles) {
    for (const a of r.aliases ?? []) aliases.set(a, r.name);
    for (const s of [r.name, r.post ?? '', ...(r.aliases ?? [])])
      if (s && !doc.flat.includes(s)) errors.push(`role ${r.name}: "${s}" not in text`);
    if (!Number.isInteger(r.tier) || r.tier < 1) errors.push(`role ${r.name}: tier ${r.tier}`);
    const line = doc.resolve(r.path);
    if (typeof line === 'string') errors.push(`role ${r.name}: ${line}`);
  }
  const top = f.roles.find((r) => r.name === f.topRole);
  if (!top || top.tier !== Math.min(...f.roles.map((r) => r.tier)))
    errors.push(`topRole ${f.topRole} is not a role of the lowest tier`);

  const levels = new Set((f.classification?.axes ?? []).flatMap((a) => a.levels));
  for (const l of levels) if (!doc.flat.includes(l)) errors.push(`level ${l} not in text`);
  for (const s of f.segments)
    if (!(SEGMENT_NAMES[s] ?? [s]).some((n) => doc.flat.includes(n))) errors.push(`segment ${s} not in text`);
  for (const c of f.committees ?? []) {
    for (const s of [c.name, c.chair, c.viceChair, c.secretariat, ...(c.members ?? [])])
      if (s && !doc.flat.includes(s) && !roleNames.has(s))
        errors.push(`committee ${c.name}: "${s}" not in text`);
    const line = doc.resolve(c.path);
    if (typeof line === 'string') errors.push(`committee ${c.name}: ${line}`);
  }

  const covered = new Set<string>();
  const seen = new Set<string>();
  for (const o of f.obligations) {
    const key = `${o.path}\u0000${o.starts}`;
    if (seen.has(key)) errors.push(`obligation ${o.path} "${o.starts}" listed twice`);
    seen.add(key);
    if (!MODALITIES.has(o.modality)) errors.push(`${o.path}: modality ${o.modality}`);
    for (const a of o.actors) {
      if (aliases.has(a)) errors.push(`${o.path}: actor ${a} is an alias of ${aliases.get(a)}`);
      else if (!roleNames.has(a) && !doc.flat.includes(a)) errors.push(`${o.path}: actor ${a} unknown`);
    }
    const sentence = locate(doc, o.path, o.starts, titles, errors, covered);
    const hint = sentence ? modalHint(sentence) : null;
    if (hint && hint !== o.modality && !(o.modality === 'must_not' && hint === 'must'))
      warnings.push(`${o.path}: labelled ${o.modality}, ending suggests ${hint}: ${sentence}`);
  }
  for (const p of f.permissions ?? []) {
    if (!TOPICS.has(p.topic)) errors.push(`${p.path}: topic ${p.topic}`);
    const named = [...(p.approvers ?? []), ...Object.values(p.byLevel ?? {}).flat()];
    if (named.length === 0) errors.push(`${p.path}: permission without approvers`);
    for (const a of named) if (!roleNames.has(a)) errors.push(`${p.path}: approver ${a} is not a role`);
    for (const l of Object.keys(p.byLevel ?? {})) if (!levels.has(l)) errors.push(`${p.path}: level ${l}`);
    locate(doc, p.path, p.starts, titles, errors, new Set());
    const match = f.obligations.some(
      (o) => o.path === p.path && (o.starts.startsWith(p.starts) || p.starts.startsWith(o.starts)),
    );
    if (!match) errors.push(`${p.path}: permission "${p.starts}" is not among the obligations`);
  }

  for (const i of doc.labelled()) {
    const l = doc.lines[i].label;
    if (!l) continue;
    const region = doc.region(i, headingLines.get(i));
    for (const s of region.sentences) {
      if (covered.has(`${i}:${s.start}`)) continue;
      if (modalHint(s.text)) warnings.push(`line ${i + 1} (${l.label}): no obligation for: ${s.text}`);
    }
    const looksLikeHeading =
      l.rest !== '' &&
      l.rest.length <= 30 &&
      !/[。、]|こと$|^\(.*\)$/.test(l.rest) &&
      !(doc.pdf && [...doc.lines[i].raw.trim()].length >= 32) && // a line filled to the wrap width
      opensClause(doc, i);
    if (!headingLines.has(i) && (looksLikeHeading || doc.caption(i)))
      warnings.push(
        `line ${i + 1} (${l.label} ${l.rest}${doc.caption(i) ? ` / (${doc.caption(i)})` : ''}): no heading`,
      );
  }

  const counts = {
    chars: [...text].length,
    headings: f.headings.length,
    obligations: f.obligations.length,
    roles: f.roles.length,
    permissions: (f.permissions ?? []).length,
  };
  return { errors, warnings, counts };
}

function main(): void {
  const args = process.argv.slice(2);
  const set = args.find((a) => !a.startsWith('--'));
  if (!set) {
    console.error('usage: validate.ts <dev|holdout> [--strict] [--quiet] [id-prefix…]');
    process.exit(2);
  }
  const only = args.filter((a) => !a.startsWith('--') && a !== set);
  const strict = args.includes('--strict');
  const quiet = args.includes('--quiet');
  const dir = join(import.meta.dirname, set);
  const ids = readdirSync(dir)
    .filter((n) => n.endsWith('.expected.json'))
    .map((n) => n.replace(/\.expected\.json$/, ''))
    .filter((id) => only.length === 0 || only.some((p) => id.startsWith(p)))
    .sort();
  let failed = 0;
  for (const id of ids) {
    let report: Report;
    try {
      const text = readFileSync(join(dir, `${id}.txt`), 'utf8');
      const fixture = JSON.parse(readFileSync(join(dir, `${id}.expected.json`), 'utf8')) as Fixture;
      report = validate(text, fixture, id);
    } catch (e) {
      report = { errors: [String(e)], warnings: [], counts: {} };
    }
    const bad = report.errors.length > 0 || (strict && report.warnings.length > 0);
    if (bad) failed++;
    const counts = Object.entries(report.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    console.log(
      `${bad ? 'FAIL' : 'ok  '} ${id}: ${counts}; ${report.errors.length} errors, ${report.warnings.length} warnings`,
    );
    for (const e of report.errors) console.log(`  error: ${e}`);
    if (!quiet) for (const w of report.warnings) console.log(`  warning: ${w}`);
  }
  if (ids.length === 0) console.log(`no fixtures in ${dir}`);
  process.exit(failed > 0 ? 1 : 0);
}

main();
