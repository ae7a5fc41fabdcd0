/** The glossary (用語の定義): terms defined under a 定義 heading, and `「X」とは、…をいう` sentences. */
import type { ClauseNode, Definition } from '../types.ts';
import { flatten } from './clauses.ts';
import { splitSentences } from './sentences.ts';

function definitionText(node: ClauseNode): string {
  const own = node.text.trim();
  const items = node.list ? node.list.join('、') : '';
  return [own, items].filter((t) => t !== '').join(' ');
}

/** Extracts the defined terms with their definitions and clause paths. */
export function extractDefinitions(tree: ClauseNode[]): Definition[] {
  const out: Definition[] = [];
  const seen = new Set<string>();
  const add = (term: string, definition: string, path: string) => {
    if (seen.has(term) || definition === '') return;
    seen.add(term);
    out.push({ term, definition, path });
  };
  for (const section of flatten(tree).filter((n) => /定義|用語/.test(n.title ?? ''))) {
    for (const term of flatten(section.children)) {
      if (term.title) add(term.title, definitionText(term), term.path);
    }
  }
  for (const node of flatten(tree)) {
    for (const s of splitSentences(node.text)) {
      const m = /^「?([^、。「」]{1,30}?)」?とは、(.+(?:をいう|とする)。?)$/.exec(s);
      if (m) add(m[1], m[2], node.path);
    }
  }
  return out;
}
