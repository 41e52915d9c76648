/** Drafts checked and posts sent per day of one week, as plain SVG bars. */
import { t, uiLanguage } from '../shared/i18n';
import type { DayTotals } from '../shared/stats';

const WIDTH = 320;
const HEIGHT = 96;
const LABEL_HEIGHT = 16;
const SLOT = WIDTH / 7;
const BAR = 12;

export function dayLabel(date: string, weekday: 'short' | 'long'): string {
  return new Date(`${date}T12:00`).toLocaleDateString(uiLanguage(), { weekday });
}

export function DayChart({ days }: { days: DayTotals[] }) {
  const max = Math.max(1, ...days.map(day => Math.max(day.checked, day.sent)));
  const scale = (value: number) => ((HEIGHT - LABEL_HEIGHT - 4) * value) / max;
  const description = days
    .map(day => t('popup_chartDay', [dayLabel(day.date, 'long'), String(day.checked), String(day.sent)]))
    .join('; ');
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={description}>
        {days.map((day, index) => {
          const x = index * SLOT + SLOT / 2;
          const base = HEIGHT - LABEL_HEIGHT;
          return (
            <g key={day.date}>
              <rect class="bar-checked" x={x - BAR - 1} y={base - scale(day.checked)} width={BAR} height={scale(day.checked)} rx="2" />
              <rect class="bar-sent" x={x + 1} y={base - scale(day.sent)} width={BAR} height={scale(day.sent)} rx="2" />
              <text x={x} y={HEIGHT - 3} text-anchor="middle" aria-hidden="true">{dayLabel(day.date, 'short')}</text>
            </g>
          );
        })}
        <line class="chart-base" x1="0" x2={WIDTH} y1={HEIGHT - LABEL_HEIGHT} y2={HEIGHT - LABEL_HEIGHT} />
      </svg>
      <figcaption class="legend">
        <span><span class="swatch bar-checked" aria-hidden="true" />{t('popup_draftsChecked')}</span>
        <span><span class="swatch bar-sent" aria-hidden="true" />{t('popup_postsSent')}</span>
      </figcaption>
    </figure>
  );
}
