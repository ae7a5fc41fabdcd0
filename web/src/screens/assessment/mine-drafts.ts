/**
 * Drafts of answers kept on this device while a person goes through their items, so nothing typed is lost
 * to a reload or a closed tab before they save. The server records an answer only when it is saved.
 */
export interface Draft {
  answer: string;
  comment: string;
}

const KEY = 'mamori.assessment.drafts';

function all(): Record<string, Draft> {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, Draft>;
  } catch {
    return {};
  }
}

/** The drafts of the given responses. */
export function readDrafts(ids: string[]): Record<string, Draft> {
  const stored = all();
  return Object.fromEntries(ids.filter((id) => stored[id]).map((id) => [id, stored[id]]));
}

/** Keeps (or, with null, forgets) the drafts of some responses. */
export function writeDrafts(drafts: Record<string, Draft | null>): void {
  const stored = all();
  for (const [id, d] of Object.entries(drafts)) {
    if (d) stored[id] = d;
    else delete stored[id];
  }
  try {
    localStorage.setItem(KEY, JSON.stringify(stored));
  } catch {
    // Storage full or refused (private mode): the answers on the screen are still there to save.
  }
}
