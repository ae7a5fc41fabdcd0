import { Button } from '../../components/Button.tsx';
import type { ClauseNode } from './api.ts';

/** The clause tree as nested lists of buttons; the selected clause is marked for assistive technology. */
export function ClauseTree({
  nodes,
  selected,
  onSelect,
  links,
}: {
  nodes: ClauseNode[];
  selected: string | null;
  onSelect(path: string): void;
  links: Record<string, Record<string, number>>;
}) {
  return (
    <ul className="policy-tree">
      {nodes.map((n) => (
        <li key={n.path}>
          <Button
            kind="text"
            small
            aria-current={selected === n.path ? 'true' : undefined}
            onClick={() => onSelect(n.path)}
          >
            {n.label} {n.title ?? ''}
            {links[n.path] && ' ●'}
          </Button>
          {n.children.length > 0 && n.depth < 2 && (
            <ClauseTree nodes={n.children} selected={selected} onSelect={onSelect} links={links} />
          )}
        </li>
      ))}
    </ul>
  );
}

/** Every clause in document order. */
export function flatten(nodes: ClauseNode[]): ClauseNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}
