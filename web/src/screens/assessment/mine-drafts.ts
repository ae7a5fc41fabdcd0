/**
 * Drafts of answers kept on the server while a person goes through their items, per person and campaign:
 * nothing typed is lost to a reload or a closed tab, and another device finds it. The server records an
 * answer only when it is submitted (saved); a draft is a working copy and leaves no audit event.
 */
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import { queryClient } from '../../api/query.ts';

export interface Draft {
  answer: string;
  comment: string;
}

/** The server's draft of one campaign. */
export interface ServerDraft {
  answers: ({ responseId: string } & Draft)[];
  savedAt: string | null;
}

/** Seconds of quiet typing after which the draft is kept. */
export const AUTOSAVE_MS = 2000;

export const draftPath = (campaignId: string) => `/api/assessment/campaigns/${campaignId}/draft`;

/** The drafts of a campaign by response id. */
export function draftsById(d: ServerDraft): Record<string, Draft> {
  return Object.fromEntries(d.answers.map((a) => [a.responseId, { answer: a.answer, comment: a.comment }]));
}

/**
 * Keeps `pending` (the answers that differ from what is saved) as the campaign's server draft a moment after
 * the last change; returns when the draft was last kept, and the failure of the last attempt if any.
 */
export function useAutosave(
  campaignId: string,
  pending: Record<string, Draft>,
): { savedAt: string | null; failed: boolean } {
  const path = draftPath(campaignId);
  const body = JSON.stringify(Object.entries(pending).map(([responseId, d]) => ({ responseId, ...d })));
  const last = useRef<string | null>(null);
  const [state, setState] = useState<{ savedAt: string | null; failed: boolean }>({
    savedAt: null,
    failed: false,
  });
  useEffect(() => {
    // The first value is what the server already holds (or nothing typed yet): no need to send it.
    if (last.current === null) {
      last.current = body;
      return;
    }
    if (body === last.current) return;
    const timer = setTimeout(() => {
      const answers = JSON.parse(body) as ServerDraft['answers'];
      api
        .put<{ savedAt: string | null }>(path, { answers })
        .then((r) => {
          last.current = body;
          queryClient.setQueryData([path], { answers, savedAt: r.savedAt } satisfies ServerDraft);
          setState({ savedAt: r.savedAt ?? new Date().toISOString(), failed: false });
        })
        .catch(() => setState((s) => ({ ...s, failed: true })));
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [body, path]);
  return state;
}
