import { useI18n } from '../../../i18n/index.tsx';
import { when } from '../dates.ts';
import type { Correction } from './api.ts';
import { describeChange } from './describe.ts';
import { useCorrectionsText } from './i18n.ts';

/** The version's corrections: what, how, who, when, whether it applies to this text; each can be undone. */
export function CorrectionList({
  items,
  busy,
  onUndo,
}: {
  items: Correction[];
  busy: boolean;
  onUndo: (c: Correction) => void;
}) {
  const t = useCorrectionsText();
  const { lang } = useI18n();
  const stale = items.filter((c) => !c.applied);
  return (
    <section className="section" aria-labelledby="corr-list">
      <h2 id="corr-list">
        {t.list}（{items.length}）
      </h2>
      {stale.length > 0 && (
        <p className="panel" role="note" data-testid="unmatched-note">
          {t.unmatchedLead}
        </p>
      )}
      {items.length === 0 ? (
        <p className="empty">{t.none}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="corrections">
            <thead>
              <tr>
                <th scope="col">{t.what}</th>
                <th scope="col">{t.change}</th>
                <th scope="col">{t.state}</th>
                <th scope="col">{t.by}</th>
                <th scope="col">{t.at}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.undo}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id} data-applied={c.applied ? 'yes' : 'no'}>
                  <td>
                    <span className="tag">{t.kind[c.kind]}</span> {c.target}
                    {c.clausePath && c.kind !== 'role' && <div className="cell-sub">{c.clausePath}</div>}
                  </td>
                  <td>{describeChange(c, t)}</td>
                  <td>
                    <span className={c.applied ? 'tag tag--ok' : 'tag tag--warn'}>
                      {c.applied ? t.applied : t.unmatched}
                    </span>
                    {c.carried && <div className="cell-sub">{t.carried}</div>}
                  </td>
                  <td>{c.createdBy ?? '—'}</td>
                  <td>{when(c.createdAt, lang)}</td>
                  <td>
                    <button
                      type="button"
                      className="btn btn--text btn--small"
                      disabled={busy}
                      onClick={() => onUndo(c)}
                    >
                      {t.undo}
                      <span className="visually-hidden">（{c.target}）</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
