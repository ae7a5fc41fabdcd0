/**
 * The reporting chain a policy's incident clause sets (事故等の報告): who is told first and who next,
 * read from the sentences in the order they name the roles. Pure: the analysis in, role names out.
 */
import type { PolicyAnalysis } from '../policy/index.ts';
import { CONDITIONAL, INCIDENT, REPORT } from './policy-patterns.ts';

export interface PolicyChainRole {
  name: string;
  /** The sentence that first sends the report to this role makes it depend on the case (事案の重大性に応じ). */
  skippable: boolean;
}

export interface PolicyChain {
  /** The clause that starts the chain (the first incident report sentence). */
  clausePath: string;
  roles: PolicyChainRole[];
}

/** Role names and their aliases, longest first, so that 統括情報セキュリティ責任者 is never read as 情報セキュリティ責任者. */
function nameTable(roles: PolicyAnalysis['roles']): [string, string][] {
  const out: [string, string][] = [];
  for (const r of roles) for (const n of [r.name, ...(r.aliases ?? [])]) if (n) out.push([n, r.name]);
  return out.sort((a, b) => b[0].length - a[0].length);
}

/** The roles a sentence names, in the order it names them. */
export function rolesNamed(text: string, names: [string, string][]): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    const hit = names.find(([n]) => text.startsWith(n, i));
    if (hit) {
      out.push(hit[1]);
      i += hit[0].length;
    } else i++;
  }
  return out;
}

/**
 * The chain of the policy's incident clause: the first sentence about reporting an incident, then the
 * reporting sentences of the same clause (報告を受けた…は…に報告). Null when the policy has none.
 */
export function chainFromPolicy(a: Pick<PolicyAnalysis, 'obligations' | 'roles'>): PolicyChain | null {
  const obligations = a.obligations ?? [];
  const first = obligations.find((o) => INCIDENT.test(o.text) && REPORT.test(o.text));
  if (!first) return null;
  const names = nameTable(a.roles ?? []);
  const roles: PolicyChainRole[] = [];
  const inClause = obligations.filter(
    (o) => (o.path === first.path || o.path.startsWith(`${first.path}/`)) && REPORT.test(o.text),
  );
  for (const o of inClause) {
    const conditional = CONDITIONAL.test(o.text);
    for (const name of rolesNamed(o.text, names)) {
      if (roles.some((r) => r.name === name)) continue;
      roles.push({ name, skippable: roles.length > 0 && conditional });
    }
  }
  return roles.length ? { clausePath: first.path, roles } : null;
}
