import { Link } from '../../app/router.tsx';
import { useCan } from '../../app/useCan.ts';
import { useT } from '../../i18n/index.tsx';
import { Frame, PARTS } from './kit.tsx';
import { assuranceTexts } from './texts.ts';

/** 点検・監査: one card per part the caller's functions open. */
export default function InspectionsHome() {
  const x = useT(assuranceTexts);
  const has = useCan();
  const parts = PARTS.filter((p) => !p.fns || has(...p.fns));
  return (
    <Frame title={x.title} lead={x.lead}>
      <ul className="cards">
        {parts.map((p) => (
          <li key={p.key} className="card">
            <Link href={p.href} className="card__link">
              <span className="card__title">{x.tabs[p.key]}</span>
              <span className="card__body">{x.cards[p.key]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </Frame>
  );
}
