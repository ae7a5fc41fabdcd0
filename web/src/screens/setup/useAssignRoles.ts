import { useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { useData, useInvalidate, useMutate } from '../../api/query.ts';
import { fmt, useT } from '../../i18n/index.tsx';
import { setupTexts } from './texts.ts';

/** A role the policy gives a post, with the person holding that post (充て職). */
export interface Suggestion {
  userId: string;
  displayName: string;
  post: string;
  roleId: string;
  roleName: string;
}

export interface Pair {
  roleId: string;
  roleName: string;
  userId: string;
}

/** Refusals that mean "not by you": the host gives no approving role, nobody gives one to themselves. */
const LATER = new Set(['org.host_setup_only', 'org.self_grant_needs_second_admin']);

/** Roles the caller may not give, with the server's words for why (in the reader's language). */
export interface Refusal {
  roles: string[];
  message: string;
}

/**
 * Gives roles to people (each suggestion by post, or one chosen), as the set-up's roles step and the home
 * checklist do: counts what was given and names the roles left for someone else to give; `after` runs then,
 * unless a role was refused: the person stays to read why (and goes on with the step's other button).
 * The suggestions are read only when `load`.
 */
export function useAssignRoles(after?: () => Promise<void>, load = true) {
  const s = useT(setupTexts);
  const suggestions = useData<{ items: Suggestion[] }>(load ? '/api/org/suggested-assignments' : null);
  const invalidate = useInvalidate();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const assign = useMutate(async ({ pairs, thenNext }: { pairs: Pair[]; thenNext?: boolean }) => {
    const refused: string[] = [];
    let message = '';
    let n = 0;
    for (const p of pairs) {
      try {
        await api.post(`/api/org/roles/${p.roleId}/assignments`, { userId: p.userId });
        n++;
      } catch (e) {
        if (e instanceof ApiError && LATER.has(e.code)) {
          refused.push(p.roleName);
          message ||= e.message;
        } else throw e;
      }
    }
    setRefusal(refused.length ? { roles: refused, message } : null);
    setDone(n ? fmt(s.assigned, { n }) : null);
    // The set-up's state is read again (and its next step opened) only when nothing was refused: a
    // refusal stays on the screen that shows it, with what that screen holds (the one-time passwords).
    await invalidate('/api/org', ...(refused.length ? [] : ['/api/setup']));
    if (thenNext && after && !refused.length) await after();
  });
  const sugg = suggestions.data?.items ?? [];
  const byPost = (thenNext?: boolean) =>
    assign.run({
      pairs: sugg.map((x) => ({ roleId: x.roleId, roleName: x.roleName, userId: x.userId })),
      thenNext,
    });
  return { suggestions: sugg, assign, byPost, refusal, done };
}
