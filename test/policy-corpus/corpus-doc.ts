/**
 * A corpus document as the validator sees it: its lines with their numbering labels, the 目次 block
 * (skipped: 目次 entries are not clauses), page furniture (skipped), and the own text of the clause
 * a fixture path names.
 */
import { isFurniture, type Label, labelOf, nfkc, normalize, sentences, squeeze } from './corpus-text.ts';

/** The expected-output fixture (CORPUS-SPEC.md, "Fixture format"). */
export interface Fixture {
  id: string;
  layout: string;
  note: string;
  meta: { title: string; issuer: string | null; kinds: string[]; dates: [string, string][] };
  headings: { path: string; title: string }[];
  obligations: { path: string; modality: string; actors: string[]; starts: string }[];
  roles: { name: string; aliases?: string[]; post?: string; tier: number; path: string }[];
  topRole: string;
  committees: {
    name: string;
    chair?: string;
    viceChair?: string;
    members?: string[];
    secretariat?: string;
    path: string;
  }[];
  classification: { axes: { name: string; levels: string[] }[] } | null;
  segments: string[];
  permissions: {
    path: string;
    starts: string;
    topic: string;
    approvers?: string[];
    byLevel?: Record<string, string[]>;
  }[];
  toc?: { label: string; title: string }[];
}

export interface DocLine {
  raw: string;
  /** null for lines inside the 目次, page furniture and unnumbered lines */
  label: Label | null;
  skipped: boolean;
}

export interface Region {
  /** the clause's own text: label line rest plus following lines up to the next numbered line */
  text: string;
  sentences: { start: number; text: string }[];
}

export class CorpusDoc {
  readonly lines: DocLine[];
  /** the whole text, normalized, without line breaks (for "occurs somewhere" checks) */
  readonly flat: string;
  readonly pdf: boolean;
  readonly tocErrors: string[] = [];

  constructor(text: string, fixture: Fixture) {
    this.pdf = fixture.layout.includes('pdf');
    // running headers and footers (the title, the body's name) are only expected in PDF copies
    const furniture = this.pdf ? [fixture.meta.title, fixture.meta.issuer ?? ''].filter((s) => s !== '') : [];
    this.lines = text.split('\n').map((raw) => {
      const skipped = isFurniture(raw, furniture);
      return { raw, skipped, label: skipped ? null : labelOf(nfkc(raw)) };
    });
    this.flat = this.lines.map((l) => normalize(l.raw)).join('');
    this.markToc(fixture.toc ?? []);
  }

  /** Blanks the labels of the 目次 block, checking its entries against the fixture's `toc`. */
  private markToc(toc: { label: string; title: string }[]): void {
    const start = this.lines.findIndex((l) => normalize(l.raw) === '目次');
    if (start < 0) {
      if (toc.length > 0) this.tocErrors.push('toc given but the text has no 目次 line');
      return;
    }
    if (toc.length === 0) {
      this.tocErrors.push('the text has a 目次 but the fixture has no toc');
      return;
    }
    let i = start + 1;
    for (const entry of toc) {
      while (i < this.lines.length && this.lines[i].label?.label !== entry.label) i++;
      if (i >= this.lines.length) {
        this.tocErrors.push(`toc entry ${entry.label} ${entry.title} not found after 目次`);
        return;
      }
      if (!this.lines[i].label?.rest.startsWith(entry.title))
        this.tocErrors.push(`toc entry ${entry.label}: line reads "${this.lines[i].label?.rest}"`);
      i++;
    }
    for (let j = start; j < i; j++) this.lines[j].label = null;
  }

  /** Line index of the clause a path names: its labels in order, none passing an ancestor's sibling. */
  resolve(path: string): number | string {
    const segs = path.split('/');
    const styles: string[] = [];
    let pos = -1;
    for (const seg of segs) {
      let found = -1;
      for (let i = pos + 1; i < this.lines.length; i++) {
        const l = this.lines[i].label;
        if (!l) continue;
        if (l.label === seg) {
          found = i;
          break;
        }
        if (styles.includes(l.style)) break;
      }
      if (found < 0) return `path ${path}: segment ${seg} not found in order`;
      styles.push(this.lines[found].label?.style ?? '');
      pos = found;
    }
    return pos;
  }

  /** The own text of the clause at line `index`; `title` (its heading) ends a sentence. */
  region(index: number, title?: string): Region {
    const first = this.lines[index].label?.rest ?? '';
    const head = title && first.startsWith(title) ? `${title}\n${first.slice(title.length)}` : first;
    const parts = [head];
    for (let i = index + 1; i < this.lines.length; i++) {
      const l = this.lines[i];
      if (l.label) break;
      if (l.skipped) continue;
      parts.push(squeeze(nfkc(l.raw)));
    }
    const text = parts.join(this.pdf ? '' : '\n');
    return { text, sentences: sentences(text, true) };
  }

  /** Indices of numbered lines (outside the 目次). */
  labelled(): number[] {
    return this.lines.flatMap((l, i) => (l.label ? [i] : []));
  }

  /** The caption line 「(目的)」 directly above line `index`, normalized, if any. */
  caption(index: number): string | null {
    for (let i = index - 1; i >= 0; i--) {
      const l = this.lines[i];
      if (l.skipped || l.raw.trim() === '') continue;
      const t = normalize(l.raw);
      return !l.label && /^\(.+\)$/.test(t) ? t.slice(1, -1) : null;
    }
    return null;
  }
}
