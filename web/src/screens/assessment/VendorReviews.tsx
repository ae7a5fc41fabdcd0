import { useState } from 'react';
import { useData } from '../../api/query.ts';
import { useCan } from '../../app/useCan.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Status } from '../../components/FormAlert.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Frame, Part, useDay } from '../dashboard/kit.tsx';
import { useText } from '../dashboard/texts.ts';
import { type Check, ReviewForm, type Target } from './VendorReviewForm.tsx';

interface Due {
  vendorId: string;
  vendorName: string;
  contractId: string;
  contractTitle: string;
  kind: 'periodic' | 'end_of_contract';
  dueOn: string;
  overdue: boolean;
}
interface Review {
  id: string;
  vendorName: string;
  kind: string;
  reviewedOn: string;
  result: string;
  summary: string;
  nextReviewOn: string | null;
  checklist: Check[];
}
interface ContractRow {
  id: string;
  title: string;
  vendorId: string;
  vendorName?: string;
}

/** 委託先点検: reviews due, the review form against the contract checklist, end-of-contract checks (R-H3). */
export default function VendorReviews() {
  const x = useText();
  const day = useDay();
  const has = useCan();
  const canReview = has('vendors.review');
  const dueQ = useData<Due[]>('/api/vendor-reviews/due');
  const doneQ = useData<Review[]>('/api/vendor-reviews');
  const contracts = useData<{ items: ContractRow[] }>('/api/vendors/contracts').data?.items ?? [];
  const [target, setTarget] = useState<Target | null>(null);
  const [msg, setMsg] = useState<string | null>(null);
  // Nothing is listed as 「ありません」 before both lists have come; a refusal is shown, not an empty page.
  const due = dueQ.data;
  const done = doneQ.data;
  if (!due || !done)
    return (
      <Frame title={x.vendors} lead={x.vendorsLead}>
        {dueQ.data ? <Loaded query={doneQ}>{() => null}</Loaded> : <Loaded query={dueQ}>{() => null}</Loaded>}
      </Frame>
    );
  return (
    <Frame title={x.vendors} lead={x.vendorsLead}>
      <Status message={msg} />
      <Part id="vr-due" title={x.due}>
        <DataTable
          rows={due}
          rowKey={(d) => d.contractId + d.kind}
          label={x.due}
          empty={<p>{x.none}</p>}
          initialSort={{ key: 'dueOn' }}
          columns={[
            { key: 'vendorName', header: x.vendor },
            { key: 'contractTitle', header: x.contract },
            { key: 'kind', header: x.kind, value: (d) => x.reviewKind[d.kind] },
            {
              key: 'dueOn',
              header: x.dueOn,
              cell: (d) => (
                <>
                  {day(d.dueOn)} {d.overdue && <span className="tag as-sev--high">{x.overdue}</span>}
                </>
              ),
            },
            ...(canReview
              ? [
                  {
                    key: 'review',
                    header: x.review,
                    sortable: false,
                    cell: (d: Due) => (
                      <button
                        type="button"
                        className="btn btn--secondary btn--small"
                        onClick={() => setTarget(d)}
                      >
                        {x.review}
                        <span className="visually-hidden">
                          （{d.vendorName} {x.reviewKind[d.kind]}）
                        </span>
                      </button>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {canReview && contracts.length > 0 && (
          <details className="as-box">
            <summary>{x.startReview}</summary>
            <ul className="link-list">
              {contracts.map((c) =>
                (['periodic', 'end_of_contract'] as const).map((kind) => (
                  <li key={c.id + kind}>
                    <button
                      type="button"
                      className="btn btn--text btn--small"
                      onClick={() =>
                        setTarget({
                          vendorId: c.vendorId,
                          vendorName: c.vendorName ?? '',
                          contractId: c.id,
                          contractTitle: c.title,
                          kind,
                        })
                      }
                    >
                      {c.vendorName ? `${c.vendorName}「${c.title}」` : c.title}: {x.reviewKind[kind]}
                    </button>
                  </li>
                )),
              )}
            </ul>
          </details>
        )}
      </Part>
      {target && (
        <ReviewForm
          key={target.contractId + target.kind}
          target={target}
          onDone={() => {
            setTarget(null);
            setMsg(x.reviewRecorded);
          }}
        />
      )}
      <Part id="vr-done" title={x.history_}>
        <DataTable
          rows={done}
          label={x.history_}
          empty={<p>{x.none}</p>}
          initialSort={{ key: 'reviewedOn', desc: true }}
          columns={[
            { key: 'vendorName', header: x.vendor },
            { key: 'kind', header: x.kind, value: (r) => x.reviewKind[r.kind] ?? r.kind },
            { key: 'reviewedOn', header: x.reviewedOn, cell: (r) => day(r.reviewedOn) },
            {
              key: 'result',
              header: x.reviewResult,
              value: (r) => x.resultOf[r.result] ?? r.result,
              cell: (r) => (
                <span className={r.result === 'ok' ? 'tag tag--ok' : 'tag as-sev--high'}>
                  {x.resultOf[r.result] ?? r.result}
                </span>
              ),
            },
            { key: 'summary', header: x.summary },
            { key: 'nextReviewOn', header: x.nextReviewOn, cell: (r) => day(r.nextReviewOn) },
          ]}
        />
      </Part>
    </Frame>
  );
}
