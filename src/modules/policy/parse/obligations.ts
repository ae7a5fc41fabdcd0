/**
 * Obligations: every sentence that imposes a duty, a prohibition, an effort or a permission,
 * with its actors, approver, condition, classification levels and a topic guess.
 */
import type { Classification, ClauseNode, Modality, Obligation, ObligationTopic } from '../types.ts';
import type { ActorMatcher } from './actors.ts';
import { splitSentences, stripParens } from './sentences.ts';

/** Modality from the sentence ending; null when the sentence imposes nothing. */
export function modalityOf(sentence: string): Modality | null {
  const s = sentence.replace(/[。\s]+$/, '');
  if (/努め(?:る|なければならない|るものとする|ること|ねばならない)$/.test(s)) return 'endeavor';
  if (/(?:て|で)はならない$/.test(s) || /ないこと$/.test(s)) return 'must_not';
  if (/(?:なければ|ねば)ならない$/.test(s)) return 'must';
  if (/ことができる(?:ものとする)?$/.test(s)) return 'may';
  if (/(?:もの|こと)とする$/.test(s)) return 'shall';
  if (/[うくすつぬむぶぐる]こと$/.test(s) && !/(?:関する|係る|掲げる|定める)こと$/.test(s)) return 'must';
  return null;
}

/** The document speaking about itself (この基準は…定めるものとする) imposes nothing on anyone. */
const SELF_REFERENCE =
  /^(?:この|本)[^、。]*?(?:基本方針|対策基準|基準|方針|規程|ポリシー|要綱|規則)(?:の[^、。]{0,8})?は、/;

const TOPICS: [ObligationTopic, RegExp][] = [
  ['private_device', /支給以外/],
  ['software_install', /ソフトウェア[^。]*導入|導入[^。]*ソフトウェア/],
  ['device_modification', /改造|増設|機器構成/],
  ['network_connection', /ネットワークに接続|ネットワーク接続/],
  ['cloud_use', /クラウド|外部サービス|ネットワークストレージ|ウェブで利用できる/],
  ['security_setting', /セキュリティ機能の設定|設定変更|設定を[^。]*変更/],
  [
    'external_email',
    /(?:電子)?メール[^。]*(?:庁外|外部)|(?:庁外|外部)[^。]*(?:電子)?メール|電子メール[^。]*送信/,
  ],
  ['external_provision', /外部に提供|提供・公表|に提供する/],
  ['external_email', /(?:庁外|外部)に(?:送信|送る)|送信/],
  ['transport', /運搬/],
  ['take_out', /持ち出|持出/],
  ['disposal', /廃棄|破棄|リース返却/],
  ['wireless_lan', /無線LAN/],
  ['system_introduction', /システム[^。]*導入|導入[^。]*システム/],
  ['outsourcing', /再委託|外部委託|委託/],
  ['information_viewing', /閲覧/],
  ['exception', /例外措置/],
];

function topicOf(texts: string[]): ObligationTopic | undefined {
  for (const t of texts) for (const [topic, re] of TOPICS) if (re.test(t)) return topic;
  return undefined;
}

const approverRes = new WeakMap<ActorMatcher, RegExp[]>();

function approversOf(sentence: string, matcher: ActorMatcher): string[] {
  if (!matcher.pattern || !/許可|承認|判断|認め/.test(sentence)) return [];
  let res = approverRes.get(matcher);
  if (!res) {
    const item = `[^、。()]{0,3}?(?:${matcher.pattern})`;
    const list = `(${item}(?:(?:、|及び|又は|並びに)+${item})*)`;
    res = [
      new RegExp(`${list}(?:の|に|から)(?:許可|承認)(?:を得|を受け|なく|なしに)`, 'g'),
      new RegExp(`${list}が[^。、]{0,10}?(?:許可|承認)(?:した|している|する)`, 'g'),
      new RegExp(`${list}が[^。、]{0,10}?(?:判断|認め)(?:した|た)場合`, 'g'),
    ];
    approverRes.set(matcher, res);
  }
  const out: string[] = [];
  for (const re of res) {
    for (const m of sentence.matchAll(re)) {
      for (const r of m[1].matchAll(new RegExp(matcher.pattern, 'g'))) {
        const name = matcher.resolve(r[0]) ?? r[0];
        if (!out.includes(name)) out.push(name);
      }
    }
  }
  return out;
}

function levelsOf(sentence: string, scheme: Classification | null): string[] {
  if (!scheme) return [];
  return scheme.levels
    .filter((l) => new RegExp(`${l.axis}\\s*${l.label}(?![IVX0-9A-Z])`).test(sentence))
    .map((l) => `${l.axis}${l.label}`);
}

/** Actors named in a heading (① 情報セキュリティ管理者(係長)及び情報システム担当者の措置事項, ② 職員の順守事項). */
function actorsInTitle(title: string, matcher: ActorMatcher): string[] {
  const roles = matcher.before(title, 'の');
  if (roles.length > 0) return roles;
  const staff =
    matcher.staffTerms.find((t) => title.startsWith(t)) ?? (/^職員/.test(title) ? '職員' : undefined);
  return staff ? [staff] : [];
}

/** Actors a clause passes down to its items: `Xは、次の事項を…` or a heading naming them. */
function inherited(ancestors: ClauseNode[], matcher: ActorMatcher): string[] {
  for (const a of [...ancestors].reverse()) {
    const last = splitSentences(a.text).at(-1) ?? '';
    if (/次の|以下の|次に掲げる/.test(last)) {
      const { actors } = matcher.subject(last);
      if (actors.length > 0) return actors;
    }
    if (a.title) {
      const actors = actorsInTitle(a.title, matcher);
      if (actors.length > 0) return actors;
    }
  }
  return [];
}

/** Extracts the obligations of a clause tree, in document order. */
export function extractObligations(
  tree: ClauseNode[],
  matcher: ActorMatcher,
  scheme: Classification | null,
): Obligation[] {
  const out: Obligation[] = [];
  const walk = (nodes: ClauseNode[], ancestors: ClauseNode[]) => {
    for (const node of nodes) {
      // Definitions (…を確保すること) describe terms; they impose nothing.
      if (/定義|用語/.test(node.title ?? '')) continue;
      let previous: string[] = [];
      for (const sentence of splitSentences(node.text)) {
        const modality = modalityOf(sentence);
        if (!modality || SELF_REFERENCE.test(stripParens(sentence))) continue;
        const subject = matcher.subject(sentence);
        let actors = subject.actors;
        if (actors.length === 0) actors = previous.length > 0 ? previous : inherited(ancestors, matcher);
        previous = actors;
        const ob: Obligation = { path: node.path, text: sentence, modality, actors };
        const approver = approversOf(sentence, matcher);
        if (approver.length > 0) ob.approver = approver;
        const when = /(?:^|、)([^、。]*?場合)(?:に|には|は)?、/.exec(sentence);
        const condition = subject.condition ?? when?.[1];
        if (condition) ob.condition = condition;
        const levels = levelsOf(sentence, scheme);
        if (levels.length > 0) ob.levels = levels;
        if (approver.length > 0 || /許可|承認/.test(sentence)) {
          const topic = topicOf([
            sentence,
            node.title ?? '',
            ...ancestors.map((a) => a.title ?? '').reverse(),
          ]);
          if (topic) ob.topic = topic;
        }
        if (node.list && /次の|以下の|次に掲げる/.test(sentence)) ob.list = node.list;
        out.push(ob);
      }
      walk(node.children, [...ancestors, node]);
    }
  };
  walk(tree, []);
  return out;
}
