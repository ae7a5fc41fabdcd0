import type { ReactNode } from 'react';
import { useData } from '../../api/query.ts';
import { Link, navigate } from '../../app/router.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Loading } from '../../components/Loading.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import type { ScreenProps } from '../../routes.tsx';
import { Frame, Part, SelectField } from './kit.tsx';
import { assuranceTexts } from './texts.ts';

interface ReviewRow {
  id: string;
  documentTitle: string;
  trigger: string;
  fiscalYear: number | null;
  status: string;
  openedAt: string;
}
interface Inputs {
  since: string | null;
  assessment: {
    nonCompliant: number;
    items: { clause_path: string | null; question: string; answer: string; title: string }[];
  };
  findings: {
    id: string;
    clause_path: string | null;
    title: string;
    severity: string;
    status: string;
    plan: string;
  }[];
  incidents: { id: string; title: string; status: string; foundAt: string; clausePaths: string[] }[];
  orgChanges: { event: string; at: string; data: Record<string, unknown> }[];
  proposedClauses: { path: string; reasons: string[] }[];
}

/** 見直しの材料: what a policy review gathered and the clause paths it proposes (R-I2, R-I5). */
export default function ReviewInputs({ params }: ScreenProps) {
  const x = useT(assuranceTexts);
  const f = useFormat();
  const id = params.id ?? '';
  const reviewsQuery = useData<{ items: ReviewRow[] }>('/api/policy/reviews');
  const reviews = reviewsQuery.data?.items ?? (reviewsQuery.error ? [] : null);
  const inputs = useData<Inputs>(id ? `/api/policy-reviews/${id}/inputs` : null).data ?? null;
  const label = (r: ReviewRow) =>
    `${r.documentTitle}・${x.reviewTrigger[r.trigger] ?? r.trigger}${r.fiscalYear ? `・${fmt(x.fiscalYearLabel, { year: r.fiscalYear })}` : ''}（${f.dateTime(r.openedAt)}）`;
  return (
    <Frame title={x.reviewsTitle} lead={x.reviewsLead}>
      {!reviews && <Loading />}
      {reviews && reviews.length === 0 && <p>{x.none}</p>}
      {reviews && reviews.length > 0 && (
        <SelectField
          id="ri-review"
          label={x.policyReview}
          value={id}
          onChange={(v) => navigate(v ? `/inspections/reviews/${v}` : '/inspections/reviews')}
          options={[{ value: '', label: '—' }, ...reviews.map((r) => ({ value: r.id, label: label(r) }))]}
        />
      )}
      {id && !inputs && <Loading />}
      {inputs && (
        <>
          <p>{inputs.since ? fmt(x.since, { since: f.dateTime(inputs.since) }) : x.sinceAll}</p>
          <Part id="ri-proposed" title={x.proposed}>
            <DataTable
              rows={inputs.proposedClauses}
              rowKey={(c) => c.path}
              label={x.proposed}
              empty={<p>{x.none}</p>}
              columns={[
                { key: 'path', header: x.clause, cell: (c) => <code>{c.path}</code> },
                {
                  key: 'reasons',
                  header: x.reasons,
                  value: (c) => c.reasons.join(' '),
                  cell: (c) => (
                    <ul className="link-list">
                      {c.reasons.map((r, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: reasons may repeat
                        <li key={i}>{r}</li>
                      ))}
                    </ul>
                  ),
                },
              ]}
            />
          </Part>
          <InputsList
            id="ri-assess"
            title={`${x.nonCompliant}（${inputs.assessment.nonCompliant}）`}
            items={inputs.assessment.items}
            render={(a) => (
              <>
                <span className="tag">{x.answers[a.answer] ?? a.answer}</span> {a.question}
                {a.clause_path ? `（${a.clause_path}）` : ''}
              </>
            )}
          />
          <InputsList
            id="ri-findings"
            title={x.auditFindings}
            none={x.none}
            items={inputs.findings}
            render={(f) => (
              <>
                <span className="tag">{x.severities[f.severity] ?? f.severity}</span> {f.title}（{f.plan}・
                {x.findingStatus[f.status] ?? f.status}）{f.clause_path ? ` ${f.clause_path}` : ''}
              </>
            )}
          />
          <InputsList
            id="ri-incidents"
            title={x.incidents}
            none={x.none}
            items={inputs.incidents}
            render={(i) => (
              <>
                <Link href={`/incidents/${i.id}`}>{i.title}</Link>（{f.dateTime(i.foundAt)}）
                {i.clausePaths.join('、')}
              </>
            )}
          />
          <InputsList
            id="ri-org"
            title={x.orgChanges}
            none={x.none}
            items={inputs.orgChanges}
            render={(c) => (
              <>
                {f.dateTime(c.at)} {c.event} {String(c.data.name ?? '')}
              </>
            )}
          />
        </>
      )}
    </Frame>
  );
}

/** One kind of input to the review: its heading, the entries (or `none`). */
function InputsList<T>({
  id,
  title,
  none,
  items,
  render,
}: {
  id: string;
  title: string;
  none?: string;
  items: T[];
  render(item: T): ReactNode;
}) {
  return (
    <Part id={id} title={title}>
      {none && items.length === 0 && <p>{none}</p>}
      <ul className="link-list">
        {items.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id of their own (the same item may be answered by several people)
          <li key={i}>{render(item)}</li>
        ))}
      </ul>
    </Part>
  );
}
