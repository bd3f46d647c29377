import { TaggedPdf } from '../../common/pdf/tagged-pdf.js';
import { fr, monthYear } from '../season-results/words.js';
import type { Booklet, BookletLaureate } from './booklet.service.js';
import { BOOKLET } from './booklet-words.js';

/** Partners by purpose, each group with its dates: "Pour le déploiement (depuis avril 2022)". */
export function partnerGroups(l: BookletLaureate): Array<{ heading: string; names: string[] }> {
  const purposes = [...new Set(l.partners.map((p) => p.purpose))];
  return purposes.map((purpose) => {
    const list = l.partners.filter((p) => p.purpose === purpose);
    const since = [...new Set(list.map((p) => monthYear(p.since)).filter(Boolean))];
    return { heading: `${fr('purposes', purpose)}${since.length > 0 ? ` (depuis ${since.join(', ')})` : ''}`, names: list.map((p) => p.organisationName) };
  });
}

/** The booklet as a tagged A4 PDF: the welcome and the figures, then one page per laureate. */
export async function renderBookletPdf(b: Booklet): Promise<Buffer> {
  const pdf = await TaggedPdf.create(BOOKLET.title(b.season.year), 'fr');
  pdf.heading(1, BOOKLET.title(b.season.year)).paragraph(b.season.name, { muted: true });
  if (b.welcomeText) {
    pdf.heading(2, BOOKLET.welcome);
    for (const line of b.welcomeText.split('\n').filter((x) => x.trim())) pdf.paragraph(line.trim(), { spaceBefore: 0.5 });
  }
  pdf.pageBreak().heading(1, BOOKLET.figures).list(BOOKLET.figureLines(b.figures));
  pdf.heading(2, BOOKLET.laureates).list(b.laureates.map((l) => (l.tagline ? `${l.name} — ${l.tagline}` : l.name)));

  for (const l of b.laureates) {
    pdf.pageBreak().heading(1, l.name);
    if (l.tagline) pdf.paragraph(l.tagline, { italic: true, muted: true });
    if (l.carrierName) pdf.field(BOOKLET.carrier, l.carrierName);
    if (l.mission) pdf.paragraph(l.mission, { spaceBefore: 0.6 });
    if (l.publicServiceContribution) pdf.paragraph(l.publicServiceContribution, { spaceBefore: 0.4 });
    if (l.partners.length > 0) {
      pdf.heading(2, BOOKLET.partners, 0.6);
      for (const group of partnerGroups(l)) pdf.heading(3, group.heading, 0.3).list(group.names);
    }
    if (l.enabled.length > 0) {
      pdf.heading(2, BOOKLET.enabled, 0.6);
      for (const group of l.enabled) (group.axis ? pdf.heading(3, fr('axes', group.axis), 0.3) : pdf).list(group.items);
    }
    if (l.results.length > 0) pdf.heading(2, BOOKLET.results, 0.6).list(l.results);
    if (l.nextSteps.length > 0) {
      pdf.heading(2, BOOKLET.nextSteps, 0.6);
      pdf.list(l.nextSteps.flatMap((g) => g.steps.map((s) => (g.year ? `${g.year} : ${s}` : s))));
    }
    if (l.quote) pdf.paragraph(`« ${l.quote} »`, { italic: true, spaceBefore: 0.8 });
    if (l.website) pdf.field(BOOKLET.website, l.website);
  }
  return pdf.toBuffer();
}
