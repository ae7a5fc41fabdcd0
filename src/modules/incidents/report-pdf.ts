/** The incident report for the head of the body (長への報告書) and the list exports (xlsx, CSV). */
import { type Lang, t } from '../../i18n/index.ts';
import { ledgerPdf } from '../../shared/pdf.ts';
import { formatJst } from '../../shared/time.ts';
import { formatWareki } from '../../shared/wareki.ts';
import type { incidentDetail } from './queries.ts';

type Detail = Awaited<ReturnType<typeof incidentDetail>>;

/** An ISO timestamp as 和暦 date and JST time, e.g. 令和7年5月12日 09:30 (in English, 2025-05-12 09:30). */
export function warekiDateTime(iso: string | null | undefined, lang: Lang = 'ja'): string {
  if (!iso) return '';
  const jst = formatJst(iso);
  return `${warekiDate(jst.slice(0, 10), lang)} ${jst.slice(11, 16)}`;
}

/** A date as 和暦 (in English, ISO). */
export function warekiDate(date: string | null | undefined, lang: Lang = 'ja'): string {
  if (!date) return '';
  return lang === 'ja' ? formatWareki(date) : date;
}

/** A word of the report for a stored code (`step`, `party`, …); an unknown code is shown as it is. */
function word(lang: Lang, group: string, code: string): string {
  const key = `incidents.report.${group}.${code}`;
  const text = t(lang, key);
  return text === key ? code : text;
}

/** Which count binds the statutory deadlines, and why (the screen and the report say the same). */
export const deadlineRule = (lang: Lang = 'ja') => t(lang, 'incidents.report.deadline_rule');

/** Whether each deadline was kept: the reports to the 委員会 and every 対策 with a due date. */
export function deadlinesMet(d: Detail, lang: Lang = 'ja'): string {
  const m = (key: string, params?: Record<string, string>) => t(lang, `incidents.report.met.${key}`, params);
  const jstDay = (iso: string) => formatJst(iso).slice(0, 10);
  const lines: string[] = [];
  if (d.deadlines) {
    for (const k of ['prompt', 'final'] as const) {
      const due = d.deadlines[k].due;
      const sent = d.contacts.find((c) => c.party === 'ppc' && c.report_kind === k);
      const label = word(lang, 'kind', k);
      lines.push(
        sent
          ? m('report', {
              label,
              state: m(jstDay(sent.sent_at) <= due ? 'in_time' : 'late'),
              due: warekiDate(due, lang),
              sent: warekiDateTime(sent.sent_at, lang),
            })
          : m('unreported', { label, due: warekiDate(due, lang) }),
      );
    }
  }
  for (const a of d.actions.filter((x) => x.due_date)) {
    const due = a.due_date as string;
    const state =
      a.status === 'accepted'
        ? 'accepted'
        : a.done_at
          ? jstDay(a.done_at) <= due
            ? 'done_in_time'
            : 'done_late'
          : 'open';
    lines.push(m('action', { description: a.description, state: m(state), due: warekiDate(due, lang) }));
  }
  return lines.length ? lines.join('\n') : m('nothing');
}

/** The minor-case judgement in a word: not judged, minor or not minor. */
function minorWord(lang: Lang, minor: number | null): string {
  return t(lang, `incidents.report.minor.${minor === null ? 'unjudged' : minor ? 'yes' : 'no'}`);
}

/** The rows of the report: item and content, in the order the head of the body reads them. */
export function reportRows(d: Detail, reporterName: string, lang: Lang = 'ja'): string[][] {
  const r = (key: string, params?: Record<string, string | number>) =>
    t(lang, `incidents.report.${key}`, params);
  const time = (iso: string | null | undefined) => warekiDateTime(iso, lang);
  const i = d.incident;
  const chain = d.steps
    .map((s) => {
      const times = [
        s.notified_at && r('step.notified_at', { time: time(s.notified_at) }),
        s.acknowledged_at && r('step.acknowledged_at', { time: time(s.acknowledged_at) }),
        s.escalated_at && r('step.escalated_at', { time: time(s.escalated_at) }),
        s.skipped_reason && r('step.reason', { reason: s.skipped_reason }),
      ].filter(Boolean);
      const line = r('step.line', {
        n: s.position + 1,
        label: s.label,
        status: word(lang, 'step', s.status),
      });
      return times.length ? line + r('step.times', { times: times.join(r('list_separator')) }) : line;
    })
    .join('\n');
  const minor =
    i.minor === null
      ? minorWord(lang, null)
      : r('minor.reason', { judgement: minorWord(lang, i.minor), reason: i.minor_reason ?? '' });
  const contacts = d.contacts.length
    ? d.contacts
        .map((c) =>
          r('contact', {
            party: word(lang, 'party', c.party),
            name: c.party_name,
            kind: word(lang, 'kind', c.report_kind),
            time: time(c.sent_at),
            content: c.content,
          }),
        )
        .join('\n')
    : r('none');
  const deadlines = d.deadlines
    ? r('deadlines', {
        prompt: warekiDate(d.deadlines.prompt.due, lang),
        final: warekiDate(d.deadlines.final.due, lang),
        rule: deadlineRule(lang),
      })
    : r('not_applicable');
  const prevention = d.actions.filter((a) => a.kind === 'prevention');
  const otherActions = d.actions.filter((a) => a.kind !== 'prevention');
  const actionLine = (a: Detail['actions'][number]) =>
    r('action.line', {
      description: a.description,
      due: a.due_date ? r('action.due', { date: warekiDate(a.due_date, lang) }) : '',
      status: word(lang, 'action', a.status),
      doneAt: a.done_at ? ` ${time(a.done_at)}` : '',
    });
  const evidence = d.evidence.length
    ? d.evidence.map((e) => r('evidence', { file: e.file_name, size: e.size, sha256: e.sha256 })).join('\n')
    : r('none');
  const closed = i.status === 'closed';
  const rows: [string, string][] = [
    ['title', i.title],
    ['found_at', time(i.found_at)],
    ['occurred_at', time(i.occurred_at)],
    [
      'finder',
      r('finder', {
        name: reporterName,
        source: word(lang, 'source', i.source),
        detail: i.source_detail ? r('finder_detail', { detail: i.source_detail }) : '',
      }),
    ],
    ['type', lang === 'en' && d.type.nameEn ? d.type.nameEn : d.type.nameJa],
    ['description', i.description],
    ['personal_info', word(lang, 'personal', i.personal_info)],
    ['chain', chain || r('no_chain')],
    ['minor', minor],
    ['contacts', contacts],
    ['deadlines', deadlines],
    ['cause', i.cause ?? r(closed ? 'cause_none' : 'investigating')],
    ['actions', otherActions.length ? otherActions.map(actionLine).join('\n') : r('none')],
    ['prevention', prevention.length ? prevention.map(actionLine).join('\n') : r('no_prevention')],
    ['evidence', evidence],
    ['deadlines_met', deadlinesMet(d, lang)],
    ['status', `${word(lang, 'status', i.status)}${i.closed_at ? ` ${time(i.closed_at)}` : ''}`],
    ['close_note', i.close_note ?? r(closed ? 'no_close_note' : 'in_progress')],
  ];
  return rows.map(([key, value]) => [r(`row.${key}`), value]);
}

/** The report as an A4 PDF with the Japanese font and 和暦 dates (ISO dates in English). */
export function incidentReportPdf(
  d: Detail,
  reporterName: string,
  orgName: string,
  lang: Lang = 'ja',
): Promise<Buffer> {
  return ledgerPdf({
    title: t(lang, 'incidents.report.title'),
    subtitle: t(lang, 'incidents.report.subtitle', {
      body: orgName,
      date: warekiDateTime(new Date().toISOString(), lang),
    }),
    header: [t(lang, 'incidents.report.item'), t(lang, 'incidents.report.content')],
    rows: reportRows(d, reporterName, lang),
    widths: [1, 5],
    stamps: ['CISO', t(lang, 'incidents.report.stamp_head')],
  });
}

export interface ListRow {
  id: string;
  found_at: string;
  title: string;
  type_ja: string;
  type_en?: string | null;
  unit_name: string | null;
  reporter_name: string | null;
  source: string;
  personal_info: string;
  minor: number | null;
  status: string;
}

const LIST_COLUMNS = [
  'found_at',
  'title',
  'type',
  'unit',
  'reporter',
  'source',
  'personal_info',
  'minor',
  'status',
];

/** The list export's header row in the reader's language. */
export const listHeader = (lang: Lang = 'ja') => [
  'ID',
  ...LIST_COLUMNS.map((c) => t(lang, `incidents.list.${c}`)),
];

/** One row of the list export, dates in 和暦 (ISO in English). */
export function listRow(r: ListRow, lang: Lang = 'ja'): string[] {
  return [
    r.id,
    warekiDateTime(r.found_at, lang),
    r.title,
    lang === 'en' && r.type_en ? r.type_en : r.type_ja,
    r.unit_name ?? '',
    r.reporter_name ?? '',
    word(lang, 'source', r.source),
    word(lang, 'personal', r.personal_info),
    minorWord(lang, r.minor),
    word(lang, 'status', r.status),
  ];
}
