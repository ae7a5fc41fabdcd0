/**
 * Turns an obligation sentence into a check question (「…しているか。」). Only the ending changes:
 * the rest of the sentence is the policy's own wording, so the item reads as the clause does.
 */

const ICHIDAN_STEM = /[いきぎしじちぢにひびぴみりえけげせぜてでねへべぺめれ]$/;
const GODAN_A: Record<string, string> = {
  わ: 'っ',
  ら: 'っ',
  た: 'っ',
  か: 'い',
  が: 'いで',
  さ: 'し',
  ま: 'んで',
  ば: 'んで',
  な: 'んで',
};
const GODAN_U: Record<string, string> = {
  う: 'っ',
  る: 'っ',
  つ: 'っ',
  く: 'い',
  ぐ: 'いで',
  す: 'し',
  む: 'んで',
  ぶ: 'んで',
  ぬ: 'んで',
};

/** The ている form of a verb given its nai-stem (講じ, 行わ, 実施し). */
function fromNaiStem(stem: string): string {
  const last = stem.slice(-1);
  if (last === 'し' || ICHIDAN_STEM.test(last)) return `${stem}て`;
  const r = GODAN_A[last];
  return r ? `${stem.slice(0, -1)}${r.endsWith('で') ? r : `${r}て`}` : `${stem}て`;
}

/** The ている form of a verb given its dictionary form (管理する, 努める, 行う). */
function fromDictionary(verb: string): string {
  if (verb.endsWith('する')) return `${verb.slice(0, -2)}して`;
  const last = verb.slice(-1);
  const before = verb.slice(-2, -1);
  if (last === 'る' && ICHIDAN_STEM.test(before)) return `${verb.slice(0, -1)}て`;
  const r = GODAN_U[last];
  if (!r) return `${verb}ことをして`;
  return `${verb.slice(0, -1)}${r.endsWith('で') ? r : `${r}て`}`;
}

/** The question for one obligation sentence. */
export function toQuestion(sentence: string): string {
  const s = sentence.trim().replace(/[。．.]+$/, '');
  let m = s.match(/^(.*?)(?:ては|では)ならない$/);
  if (m) return `${m[1]}${s.slice(m[1].length, m[1].length + 1) === 'で' ? 'で' : 'て'}いないか。`;
  m = s.match(/^(.*)なければならない$/);
  if (m) return `${fromNaiStem(m[1])}いるか。`;
  m = s.match(/^(.*?)(?:もの|こと)とする$/);
  if (m) return `${fromDictionary(m[1])}いるか。`;
  m = s.match(/^(.*)(?:よう|ように)努める$/);
  if (m) return `${m[1]}よう努めているか。`;
  return `「${s}」について、実施しているか。`;
}

/** 「また、」「なお、」…: a sentence that goes on from the one before it. */
const CONNECTIVE = /^(?:また|なお|さらに|併せて|あわせて|加えて)[、，,]\s*/;
/** 「その際、」「当該…」「この…」: a sentence that points back at the one before it. */
const POINTS_BACK = /^(?:その|当該|同|これ|この)/;
const bareName = (s: string) => s.replace(/[（(][^）)]*[）)]/g, '').trim();

/**
 * The question for an obligation sentence, as a whole sentence a respondent can read on its own: a
 * sentence that goes on from the previous one (「また、…」) is asked of the people it binds by name, and
 * one that points back (「その際、…」「当該…」) is asked after the sentence it points to.
 */
export function wholeQuestion(sentence: string, actors: string[], previous?: string): string {
  const text = sentence.trim();
  const rest = text.replace(CONNECTIVE, '');
  const pointsBack = POINTS_BACK.test(rest);
  let q = toQuestion(rest);
  const named = actors.some((a) => rest.includes(a) || rest.includes(bareName(a)));
  if (actors.length && !named && (rest !== text || pointsBack)) q = `${actors.join('及び')}は、${q}`;
  if (pointsBack && previous) {
    const before = previous.trim();
    q = `${/[。．.]$/.test(before) ? before : `${before}。`}${q}`;
  }
  return q;
}
