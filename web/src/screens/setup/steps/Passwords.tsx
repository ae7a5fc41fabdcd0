import { useT } from '../../../i18n/index.tsx';
import { setupTexts } from '../texts.ts';

/** The one-time passwords of the people just added, shown once to hand over. */
export function Passwords({ items }: { items: { label: string; value: string }[] }) {
  const s = useT(setupTexts);
  if (!items.length) return null;
  return (
    <div className="table-wrap">
      <table className="table" data-testid="one-time-passwords">
        <thead>
          <tr>
            <th scope="col">{s.name}</th>
            <th scope="col">{s.oneTime}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((p) => (
            <tr key={p.label}>
              <td>{p.label}</td>
              <td>
                <code>{p.value}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
