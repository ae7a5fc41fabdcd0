import { fmt } from '../../i18n/define.ts';

/** A clause as the server reads it from the body's policy: its numbers and its title as written. */
export interface ClauseCitation {
  numbers: string;
  title: string | null;
}

/** 第7条（事故等の報告） in Japanese, 第7条 (事故等の報告) in English: the policy's own words either way. */
export function citeText(texts: { clauseTitled: string }, c: ClauseCitation): string {
  return c.title ? fmt(texts.clauseTitled, { numbers: c.numbers, title: c.title }) : c.numbers;
}
