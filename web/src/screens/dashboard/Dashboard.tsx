import { useData } from '../../api/query.ts';
import { Link } from '../../app/router.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { Bars, useDay } from './kit.tsx';
import { assuranceTexts } from './texts.ts';

interface DashboardData {
  today: string;
  cards: { key: string; count: number; link: string; label: string }[];
  assessment: { campaignId: string; title: string; total: number; answered: number } | null;
  training: { planId: string; title: string; total: number; completed: number } | null;
}

/** Where each figure's list lives in this web app (the API names the module's area). */
const SCREEN: Record<string, string> = {
  '/software': '/registers/software',
  '/vendors': '/inspections/vendors',
  '/systems': '/registers/systems',
};

const pct = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 10 : null);

/** The 責任者/CISO dashboard: each figure links to its list; progress as bars; PDF export. */
export function Dashboard() {
  const x = useT(assuranceTexts);
  const day = useDay();
  const data = useData<DashboardData>('/api/dashboard').data;
  if (!data) return null;
  const bars = [];
  if (data.assessment)
    bars.push({
      key: 'assessment',
      label: `${x.assessmentProgress}（${data.assessment.title}）`,
      value: pct(data.assessment.answered, data.assessment.total),
      detail: `${data.assessment.answered} / ${data.assessment.total}`,
    });
  if (data.training)
    bars.push({
      key: 'training',
      label: `${x.trainingProgress}（${data.training.title}）`,
      value: pct(data.training.completed, data.training.total),
      detail: `${data.training.completed} / ${data.training.total}`,
    });
  return (
    <section aria-labelledby="dash-title" className="as-section">
      <div className="section__head">
        <h2 id="dash-title" className="section-title">
          {x.dashboard}（{day(data.today)}）
        </h2>
        <a className="btn btn--secondary btn--small" href="/api/dashboard.pdf" download>
          {x.pdf}
        </a>
      </div>
      <ul className="as-figures">
        {data.cards.map((c) => (
          <Figure
            key={c.key}
            href={SCREEN[c.link] ?? c.link}
            count={c.count}
            zero={!c.count}
            label={x.figures[c.key] ?? c.label}
          />
        ))}
        {data.assessment && (
          <Figure
            href={`/inspections/assessment/${data.assessment.campaignId}`}
            count={`${data.assessment.answered}/${data.assessment.total}`}
            label={x.assessmentProgress}
          />
        )}
        {data.training && (
          <Figure
            href={`/inspections/training/${data.training.planId}`}
            count={`${data.training.completed}/${data.training.total}`}
            label={x.trainingProgress}
          />
        )}
      </ul>
      {bars.length > 0 && <Bars title={fmt(x.rate)} valueLabel={x.rate} rows={bars} />}
    </section>
  );
}

export default Dashboard;

/** One figure of the dashboard: a count (or done/all) and what it counts, leading to the screen. */
function Figure({
  href,
  count,
  label,
  zero,
}: {
  href: string;
  count: number | string;
  label: string;
  zero?: boolean;
}) {
  return (
    <li>
      <Link href={href} className="as-figure">
        <span className={`as-figure__count${zero ? ' as-figure__count--zero' : ''}`}>{count}</span>
        <span className="as-figure__label">{label}</span>
      </Link>
    </li>
  );
}
