import { html, paragraphs } from '../public-results/html.js';
import { fr } from '../season-results/words.js';
import { partnerGroups } from './booklet-pdf.js';
import type { Booklet } from './booklet.service.js';
import { BOOKLET } from './booklet-words.js';

const PRINT_CSS = `
  @page { size: A4; margin: 18mm 16mm; }
  body { font-family: Marianne, Arial, sans-serif; color: #161616; line-height: 1.45; max-width: 48rem; margin: 0 auto; padding: 1rem; }
  h1 { color: #000091; font-size: 1.8rem; margin: 0 0 .5rem; }
  h2 { color: #000091; font-size: 1.25rem; margin: 1.2rem 0 .4rem; }
  h3 { font-size: 1rem; margin: .8rem 0 .2rem; }
  .lead { font-size: 1.1rem; color: #3a3a3a; }
  blockquote { border-left: 4px solid #000091; margin: 1rem 0; padding: .2rem 1rem; font-style: italic; }
  .chapter { break-before: page; page-break-before: always; padding-top: 1rem; }
  @media screen { .chapter { border-top: 2px solid #000091; margin-top: 3rem; } }
  a { color: #000091; }
`;

/** The booklet as a printable HTML page (one chapter per printed page), with the words of the PDF. */
export function renderBookletHtml(b: Booklet): string {
  const title = BOOKLET.title(b.season.year);
  return `<!doctype html>\n${html`<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} — ${BOOKLET.programme}</title><style>${PRINT_CSS}</style></head>
<body>
<main>
<header><p>${BOOKLET.programme}</p><h1>${title}</h1><p class="lead">${b.season.name}</p></header>
${b.welcomeText ? html`<section><h2>${BOOKLET.welcome}</h2>${paragraphs(b.welcomeText)}</section>` : ''}
<section class="chapter"><h2>${BOOKLET.figures}</h2><ul>${BOOKLET.figureLines(b.figures).map((line) => html`<li>${line}</li>`)}</ul>
<h2>${BOOKLET.laureates}</h2><ol>${b.laureates.map((l) => html`<li><a href="#laureat-${l.id}">${l.name}</a>${l.tagline ? ` — ${l.tagline}` : ''}</li>`)}</ol></section>
${b.laureates.map((l) => html`<section class="chapter" id="laureat-${l.id}" aria-labelledby="titre-${l.id}">
  <h2 id="titre-${l.id}">${l.name}</h2>
  ${l.tagline ? html`<p class="lead">${l.tagline}</p>` : ''}
  ${l.carrierName ? html`<p><strong>${BOOKLET.carrier} :</strong> ${l.carrierName}</p>` : ''}
  ${paragraphs(l.mission)}
  ${paragraphs(l.publicServiceContribution)}
  ${l.partners.length > 0 ? html`<h3>${BOOKLET.partners}</h3>${partnerGroups(l).map((g) => html`<p><strong>${g.heading}</strong></p><ul>${g.names.map((x) => html`<li>${x}</li>`)}</ul>`)}` : ''}
  ${l.enabled.length > 0 ? html`<h3>${BOOKLET.enabled}</h3>${l.enabled.map((g) => html`${g.axis ? html`<p><strong>${fr('axes', g.axis)}</strong></p>` : ''}<ul>${g.items.map((x) => html`<li>${x}</li>`)}</ul>`)}` : ''}
  ${l.results.length > 0 ? html`<h3>${BOOKLET.results}</h3><ul>${l.results.map((x) => html`<li>${x}</li>`)}</ul>` : ''}
  ${l.nextSteps.length > 0 ? html`<h3>${BOOKLET.nextSteps}</h3><ul>${l.nextSteps.flatMap((g) => g.steps.map((s) => html`<li>${g.year ? html`<strong>${g.year} :</strong> ` : ''}${s}</li>`))}</ul>` : ''}
  ${l.quote ? html`<blockquote><p>« ${l.quote} »</p></blockquote>` : ''}
  ${l.website && /^https?:\/\//i.test(l.website) ? html`<p><a href="${l.website}">${l.website}</a></p>` : ''}
</section>`)}
</main>
</body>
</html>`}\n`;
}
