import { Link } from '../../app/router.tsx';
import { useCan } from '../../app/useCan.ts';
import { AreaFrame } from '../../components/AreaFrame.tsx';
import { useT } from '../../i18n/index.tsx';
import { REGISTERS, useRegisterTabs } from './tabs.ts';
import { registerTexts } from './texts.ts';

/** 台帳: the entry page of the registers area; each card appears only to those whose roles may open it. */
export default function RegistersHome() {
  const x = useT(registerTexts);
  const can = useCan();
  const visible = REGISTERS.filter((r) => can(r.fn));
  return (
    <AreaFrame {...useRegisterTabs()} title={x.title} lead={x.lead}>
      {visible.length === 0 ? (
        <p>{x.none}</p>
      ) : (
        <ul className="cards">
          {visible.map((r) => {
            const [title, body] = x.cards[r.key];
            return (
              <li key={r.href} className="card">
                <Link href={r.href} className="card__link">
                  <span className="card__title">{title}</span>
                  <span className="card__body">{body}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <Link href="/registers/imports">{x.importLink}</Link>
      </p>
    </AreaFrame>
  );
}
