import { html, type SafeHtml } from './html.js';

export interface Bar {
  label: string;
  value: number;
}

const WIDTH = 640;
const LABEL_WIDTH = 230;
const VALUE_WIDTH = 110;
const BAR_HEIGHT = 22;
const GAP = 10;
/** Blue France (DSFR) on white: contrast 15.9:1; texts in the DSFR's grey 50 (#161616). */
const BAR = '#000091';
const TEXT = '#161616';

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * A horizontal bar chart drawn on the server (SVG, no script), followed by the same figures as a table: the chart
 * is an image with a text alternative, the table is the accessible alternative of RGAA (criterion 1.x, 4.x).
 */
export function barChart(id: string, title: string, bars: Bar[], format: (n: number) => string, columns: [string, string]): SafeHtml {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * (BAR_HEIGHT + GAP) + GAP;
  const scale = (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / max;
  const summary = bars.map((b) => `${b.label} : ${format(b.value)}`).join(' ; ');
  return html`<figure class="aic-chart fr-my-4w" aria-labelledby="${id}-caption">
  <figcaption id="${id}-caption" class="fr-h6">${title}</figcaption>
  <svg role="img" aria-labelledby="${id}-title" viewBox="0 0 ${WIDTH} ${height}" width="100%" style="max-width:${WIDTH}px" xmlns="http://www.w3.org/2000/svg" focusable="false">
    <title id="${id}-title">${title} — ${summary}</title>
    ${bars.map((b, i) => {
      const y = GAP + i * (BAR_HEIGHT + GAP);
      const w = Math.max(b.value > 0 ? 2 : 0, Math.round(b.value * scale));
      return html`<g aria-hidden="true">
      <text x="${LABEL_WIDTH - 8}" y="${y + BAR_HEIGHT / 2 + 5}" text-anchor="end" font-size="14" fill="${TEXT}">${truncate(b.label, 30)}</text>
      <rect x="${LABEL_WIDTH}" y="${y}" width="${w}" height="${BAR_HEIGHT}" fill="${BAR}"></rect>
      <text x="${LABEL_WIDTH + w + 6}" y="${y + BAR_HEIGHT / 2 + 5}" font-size="14" fill="${TEXT}">${format(b.value)}</text>
    </g>`;
    })}
  </svg>
  <div class="fr-table fr-table--no-caption fr-mt-2w">
    <table>
      <caption>${title} (données du graphique)</caption>
      <thead><tr><th scope="col">${columns[0]}</th><th scope="col">${columns[1]}</th></tr></thead>
      <tbody>${bars.map((b) => html`<tr><th scope="row">${b.label}</th><td>${format(b.value)}</td></tr>`)}</tbody>
    </table>
  </div>
</figure>`;
}
