/** One week at a glance, compared with the week before. */
import { CATEGORIES, PLATFORMS } from '../core/types';
import { t, uiLanguage } from '../shared/i18n';
import { ruleTitle } from '../shared/rule-info';
import type { WeekSummary } from '../shared/stats';
import { categoryName, platformName } from '../shared/ui/labels';
import { DayChart } from './DayChart';

/** The common advice: about one post in five may promote; the rest should help or inform. */
const PROMOTIONAL_SHARE_ADVICE = 0.2;

const formatNumber = (value: number) => value.toLocaleString(uiLanguage());
const formatPercent = (value: number) => value.toLocaleString(uiLanguage(), { style: 'percent', maximumFractionDigits: 0 });

function Compare({ now, before }: { now: number; before: number }) {
  const trend = now > before ? 'up' : now < before ? 'down' : 'same';
  return <span class={`compare ${trend}`}>{t('popup_lastWeekValue', formatNumber(before))}</span>;
}

function Tile({ label, value, before, suffix }: { label: string; value: number; before: number; suffix?: string }) {
  return (
    <div class="tile">
      <div class="tile-value">{formatNumber(value)}{suffix}</div>
      <div class="tile-label">{label}</div>
      <Compare now={value} before={before} />
    </div>
  );
}

interface Row {
  key: string;
  label: string;
  value: number;
  before: number;
  className?: string;
}

/** Horizontal bars with this week's value and, muted, the week before's. */
function Bars({ rows }: { rows: Row[] }) {
  const max = Math.max(1, ...rows.map(row => row.value));
  return (
    <table class="bars">
      <thead>
        <tr>
          <th scope="col"><span class="visually-hidden">{t('popup_item')}</span></th>
          <th scope="col" aria-hidden="true" />
          <th scope="col" class="bars-value">{t('popup_thisWeekShort')}</th>
          <th scope="col" class="bars-before">{t('popup_weekBeforeShort')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(row => (
          <tr key={row.key} class={row.className}>
            <th scope="row">{row.className && <span class="dot" aria-hidden="true" />}{row.label}</th>
            <td class="bars-track" aria-hidden="true">
              <span class="bars-fill" style={{ width: `${(100 * row.value) / max}%` }} />
            </td>
            <td class="bars-value">{formatNumber(row.value)}</td>
            <td class="bars-before">{formatNumber(row.before)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What became of the findings, as one stacked bar and its legend. */
function Outcomes({ rows }: { rows: Row[] }) {
  const total = rows.reduce((sum, row) => sum + row.value, 0);
  return (
    <>
      {total > 0 && (
        <div class="stack" aria-hidden="true">
          {rows.map(row => <span key={row.key} class={`stack-part ${row.key}`} style={{ flexGrow: row.value }} />)}
        </div>
      )}
      <ul class="stack-legend">
        {rows.map(row => (
          <li key={row.key}>
            <span class={`swatch stack-part ${row.key}`} aria-hidden="true" />
            {row.label}: <strong>{formatNumber(row.value)}</strong> <span class="muted">({t('popup_lastWeekValue', formatNumber(row.before))})</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function PromotionalShare({ week }: { week: WeekSummary }) {
  if (week.sent === 0) return <p class="muted">{t('popup_promoNoPosts')}</p>;
  const share = week.sentPromotional / week.sent;
  const over = share > PROMOTIONAL_SHARE_ADVICE;
  return (
    <div class="promo">
      <p>{t('popup_promoShare', [formatNumber(week.sentPromotional), formatNumber(week.sent), formatPercent(share)])}</p>
      <div class="promo-meter" aria-hidden="true">
        <span class={`promo-fill ${over ? 'over' : ''}`} style={{ width: `${Math.min(100, share * 100)}%` }} />
        <span class="promo-mark" style={{ left: `${PROMOTIONAL_SHARE_ADVICE * 100}%` }} />
      </div>
      <p class={over ? 'warn' : 'muted'}>{t(over ? 'popup_promoOver' : 'popup_promoWithin')}</p>
    </div>
  );
}

export function WeekView({ week, previous }: { week: WeekSummary; previous: WeekSummary }) {
  const categoryRows = CATEGORIES.map(category => ({
    key: category,
    label: categoryName(category),
    value: week.shownByCategory[category],
    before: previous.shownByCategory[category],
    className: `cat-${category}`,
  }));
  const outcomeRows = [
    { key: 'fixed', label: t('popup_fixesApplied'), value: week.fixed, before: previous.fixed },
    { key: 'ignored', label: t('popup_findingsIgnored'), value: week.ignored, before: previous.ignored },
    { key: 'postedAnyway', label: t('popup_postedAnyway'), value: week.prompts.postedAnyway, before: previous.prompts.postedAnyway },
  ];
  const platformRows = PLATFORMS.map(platform => ({
    key: platform,
    label: platformName(platform),
    value: week.byPlatform[platform].sent,
    before: previous.byPlatform[platform].sent,
  }));
  return (
    <div class="week">
      <div class="tiles">
        <Tile label={t('popup_draftsChecked')} value={week.checked} before={previous.checked} />
        <Tile label={t('popup_postsSent')} value={week.sent} before={previous.sent} />
        <Tile label={t('popup_daysPosted')} value={week.daysPosted} suffix="/7" before={previous.daysPosted} />
      </div>

      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading">{t('popup_perDay')}</h2>
        <DayChart days={week.days} />
      </section>

      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading">{t('popup_findingsByCategory')}</h2>
        <Bars rows={categoryRows} />
      </section>

      <section aria-labelledby="outcomes-heading">
        <h2 id="outcomes-heading">{t('popup_outcomes')}</h2>
        <Outcomes rows={outcomeRows} />
        <p class="muted small">
          {t('popup_sentWithFindings', [formatNumber(week.sentWithWarnings), formatNumber(week.sent)])}{' '}
          {t('popup_promptOutcomes', [formatNumber(week.prompts.reviewed), formatNumber(week.prompts.cancelled)])}
        </p>
      </section>

      <section aria-labelledby="promo-heading">
        <h2 id="promo-heading">{t('popup_promoHeading')}</h2>
        <PromotionalShare week={week} />
      </section>

      <section aria-labelledby="platforms-heading">
        <h2 id="platforms-heading">{t('popup_postsPerPlatform')}</h2>
        <Bars rows={platformRows} />
      </section>

      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading">{t('popup_topRules')}</h2>
        {week.topRules.length === 0 ? (
          <p class="muted">{t('popup_noFindings')}</p>
        ) : (
          <ol class="top-rules">
            {week.topRules.map(rule => (
              <li key={rule.ruleId} class={`cat-${rule.category}`}>
                <span class="dot" aria-hidden="true" />
                <span class="rule-title">{ruleTitle(rule.ruleId)}</span>
                <span class="rule-count">{t('popup_timesShown', formatNumber(rule.shown))}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
