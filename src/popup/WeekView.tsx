/** One week at a glance, compared with the week before. */
import { ruleCatalog } from '../core';
import { CATEGORIES, PLATFORMS } from '../core/types';
import { t, uiLanguage } from '../shared/i18n';
import type { WeekSummary } from '../shared/stats';
import { categoryName, platformName } from '../shared/ui/labels';
import { DayChart } from './DayChart';

/** The common advice: about one post in five may promote; the rest should help or inform. */
const PROMOTIONAL_SHARE_ADVICE = 0.2;

const ruleTitles = new Map(ruleCatalog.map(rule => [rule.id, rule.title]));

const formatNumber = (value: number) => value.toLocaleString(uiLanguage());
const formatPercent = (value: number) => value.toLocaleString(uiLanguage(), { style: 'percent', maximumFractionDigits: 0 });

function Compare({ now, before }: { now: number; before: number }) {
  const text = t('popup_lastWeekValue', formatNumber(before));
  const trend = now > before ? 'up' : now < before ? 'down' : 'same';
  return <span class={`compare ${trend}`}>{text}</span>;
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

function Bars({ rows, max }: { rows: { key: string; label: string; value: number; before: number; className?: string }[]; max: number }) {
  return (
    <ul class="bars">
      {rows.map(row => (
        <li key={row.key} class={row.className}>
          <span class="bars-label">{row.className && <span class="dot" aria-hidden="true" />}{row.label}</span>
          <span class="bars-track" aria-hidden="true">
            <span class="bars-fill" style={{ width: `${(100 * row.value) / Math.max(1, max)}%` }} />
          </span>
          <span class="bars-value">
            {formatNumber(row.value)}
            <span class="visually-hidden">, </span>
            <Compare now={row.value} before={row.before} />
          </span>
        </li>
      ))}
    </ul>
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
        <Bars rows={categoryRows} max={Math.max(...categoryRows.map(row => row.value))} />
      </section>

      <section aria-labelledby="outcomes-heading">
        <h2 id="outcomes-heading">{t('popup_outcomes')}</h2>
        <Bars rows={outcomeRows} max={Math.max(...outcomeRows.map(row => row.value))} />
      </section>

      <section aria-labelledby="promo-heading">
        <h2 id="promo-heading">{t('popup_promoHeading')}</h2>
        <PromotionalShare week={week} />
      </section>

      <section aria-labelledby="platforms-heading">
        <h2 id="platforms-heading">{t('popup_postsPerPlatform')}</h2>
        <Bars rows={platformRows} max={Math.max(...platformRows.map(row => row.value))} />
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
                <span class="rule-title">{ruleTitles.get(rule.ruleId) ?? rule.ruleId}</span>
                <span class="rule-count">{t('popup_timesShown', formatNumber(rule.shown))}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
