import { AXES } from '@aic/domain';
import { OPEN_DATA_FILES } from '../open-data/open-data-files.js';
import { publicText } from '../season-results/public-text.js';
import type { ResultGrant, ResultIndicator, ResultLaureate, ResultPartner, ResultSurvey, SeasonFigures } from '../season-results/season-results.service.js';
import { euros, fr, monthYear } from '../season-results/words.js';
import { barChart } from './charts.js';
import { html, paragraphs, type SafeHtml } from './html.js';
import { PUBLIC_HOME, publicLayout } from './layout.js';

export interface PublicSeason {
  id: number;
  name: string;
  year: number;
  accompanimentStartsOn: string | null;
  accompanimentEndsOn: string | null;
}

export interface PublicResults {
  season: PublicSeason;
  figures: SeasonFigures;
  laureates: ResultLaureate[];
  partners: ResultPartner[];
  grants: ResultGrant[];
  indicators: ResultIndicator[];
  surveys: ResultSurvey[];
}

const count = (n: number) => new Intl.NumberFormat('fr-FR').format(n).replace(/\u202f|\u00a0/g, ' ');
const plural = (n: number, one: string, many: string) => `${count(n)} ${n > 1 ? many : one}`;

function figureTiles(f: SeasonFigures): SafeHtml {
  const tiles: Array<[string, string]> = [
    [count(f.laureates), f.laureates > 1 ? 'initiatives lauréates accompagnées' : 'initiative lauréate accompagnée'],
    [count(f.renewed), 'renouvelées en phase 2'],
    [count(f.partnerOrganisations), 'partenaires publics embarqués'],
    [count(f.actionsDone), 'actions d’accompagnement réalisées'],
    [`${count(f.fundedLaureates)} sur ${count(f.laureates)}`, 'lauréats financés'],
    [euros(f.granted), 'de subventions accordées'],
  ];
  const o = f.outcomes;
  if (o && o.validatedSurveys > 0) {
    tiles.push(
      [`${count(o.saved12To24Months)} sur ${count(o.laureates)}`, 'lauréats ont gagné 12 à 24 mois'],
      [`${count(o.autonomous)} sur ${count(o.laureates)}`, `lauréats autonomes dans leur relation avec les administrations${o.partlyAutonomous > 0 ? `, ${count(o.partlyAutonomous)} en partie` : ''}`],
      [count(o.interministerialActions), 'actions interministérielles mises en place'],
      [`${count(o.metNewPartners)} sur ${count(o.laureates)}`, 'lauréats ont rencontré de nouveaux partenaires'],
    );
  }
  return html`<ul class="fr-grid-row fr-grid-row--gutters fr-raw-list">
  ${tiles.map(([figure, text]) => html`<li class="fr-col-12 fr-col-sm-6 fr-col-md-4"><p class="fr-mb-0"><strong class="aic-figure">${figure}</strong> ${text}</p></li>`)}
</ul>`;
}

function partnersByPurpose(partners: ResultPartner[]): SafeHtml {
  const purposes = [...new Set(partners.map((p) => p.purpose))];
  if (purposes.length === 0) return html`<p>Aucun partenaire public publié.</p>`;
  return html`${purposes.map((purpose) => {
    const list = partners.filter((p) => p.purpose === purpose);
    const since = [...new Set(list.map((p) => monthYear(p.since)).filter(Boolean))];
    return html`<p class="fr-mb-1v"><strong>${fr('purposes', purpose)}</strong>${since.length > 0 ? ` (depuis ${since.join(', ')})` : ''} :</p>
<ul>${list.map((p) => html`<li>${p.organisationName}</li>`)}</ul>`;
  })}`;
}

const decimal = (n: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(n).replace(/\u202f|\u00a0/g, ' ');

function indicatorLine(i: ResultIndicator): SafeHtml {
  const latest = i.latestValue === null ? 'pas encore mesuré' : `${decimal(i.latestValue)} ${i.unit}${i.latestMeasuredOn ? ` en ${monthYear(i.latestMeasuredOn)}` : ''}`;
  const reached = i.targetReached === null ? '' : i.targetReached ? ', cible atteinte' : `, ${decimal(i.progressPercent ?? 0)} % du chemin`;
  return html`<li><strong>${publicText(i.name)}</strong> : ${latest} (départ ${decimal(i.baselineValue)}, cible ${decimal(i.targetValue)} ${i.unit}${reached})</li>`;
}

function laureateSection(l: ResultLaureate, partners: ResultPartner[], indicators: ResultIndicator[], survey: ResultSurvey | undefined): SafeHtml {
  const anchor = `laureat-${l.id}`;
  return html`<section class="aic-laureate fr-pt-4w fr-mt-4w" aria-labelledby="${anchor}">
  <h3 id="${anchor}">${l.name}</h3>
  ${l.tagline ? html`<p class="fr-text--lead">${publicText(l.tagline)}</p>` : ''}
  ${l.carrierName ? html`<p>Porté par <strong>${l.carrierName}</strong> · Accompagnement ${fr('tracks', l.track)} · ${fr('phases', l.phase)}</p>` : ''}
  ${l.mission ? html`<h4 class="fr-h6">Mission</h4>${paragraphs(publicText(l.mission))}` : ''}
  ${l.publicServiceContribution ? paragraphs(publicText(l.publicServiceContribution)) : ''}
  <h4 class="fr-h6">Partenaires publics embarqués</h4>
  ${partnersByPurpose(partners)}
  ${indicators.length > 0 ? html`<h4 class="fr-h6">Résultats</h4><ul>${indicators.map(indicatorLine)}</ul>` : ''}
  ${survey?.quote ? html`<blockquote class="aic-quote fr-my-3w"><p>« ${publicText(survey.quote)} »</p></blockquote>` : ''}
  ${l.website && /^https?:\/\//i.test(l.website) ? html`<p><a class="fr-link" href="${l.website}" rel="noopener">Site de ${l.name}<span class="fr-sr-only"> (site externe)</span></a></p>` : ''}
</section>`;
}

function openDataSection(year: number): SafeHtml {
  const base = `${PUBLIC_HOME}/${year}/donnees`;
  return html`<div class="fr-table">
  <table>
    <caption>Fichiers de données ouvertes de la saison ${year}</caption>
    <thead><tr><th scope="col">Fichier</th><th scope="col">Contenu</th><th scope="col">Téléchargements</th></tr></thead>
    <tbody>
    ${OPEN_DATA_FILES.map((f) => html`<tr>
      <th scope="row">${f.title}</th>
      <td>${f.description}</td>
      <td><ul class="fr-raw-list">
        <li><a class="fr-link" href="${base}/${f.name}.csv" download>${f.name}.csv<span class="fr-sr-only"> (${f.title}, CSV)</span></a></li>
        <li><a class="fr-link" href="${base}/${f.name}.json" download>${f.name}.json<span class="fr-sr-only"> (${f.title}, JSON)</span></a></li>
        <li><a class="fr-link" href="${base}/${f.name}.schema.json" download>${f.name}.schema.json<span class="fr-sr-only"> (schéma de ${f.title})</span></a></li>
      </ul></td>
    </tr>`)}
    </tbody>
  </table>
</div>
<p>Description de l’ensemble : <a class="fr-link" href="${base}/datapackage.json" download>datapackage.json</a>. Fichiers CSV en UTF-8, séparés par des virgules, décrits chacun par un schéma Table Schema. Licence Ouverte / Open Licence 2.0. Aucune donnée personnelle n’y figure.</p>`;
}

function outcomeCharts(r: PublicResults): SafeHtml {
  const o = r.figures.outcomes;
  if (!o || o.validatedSurveys === 0) return html``;
  const names = new Map(r.laureates.map((l) => [l.id, l.name]));
  const autonomy = [
    { label: 'Oui', value: o.autonomous },
    { label: 'En partie', value: o.partlyAutonomous },
    { label: 'Non', value: o.validatedSurveys - o.autonomous - o.partlyAutonomous },
  ];
  return html`${barChart('mois-gagnes', 'Mois gagnés grâce à l’accélérateur, par lauréat', r.surveys.map((x) => ({ label: names.get(x.laureateId) ?? '', value: x.monthsSaved })), (n) => `${count(n)} mois`, ['Lauréat', 'Mois gagnés'])}
${barChart('autonomie', 'Autonomie dans la relation avec les administrations (lauréats)', autonomy, count, ['Autonomie', 'Lauréats'])}`;
}

/** The public page of a published season, rendered on the server: readable without JavaScript. */
export function renderResultsPage(r: PublicResults): string {
  const { season, figures } = r;
  const grantedBy = new Map<number, number>();
  for (const g of r.grants) grantedBy.set(g.laureateId, (grantedBy.get(g.laureateId) ?? 0) + g.amount);
  const purposes = [...new Set(r.partners.map((p) => p.purpose))];
  const period = season.accompanimentStartsOn && season.accompanimentEndsOn ? `d’${monthYear(season.accompanimentStartsOn)} à ${monthYear(season.accompanimentEndsOn)}` : null;
  const title = `Résultats de la saison ${season.year}`;
  const main = html`<h1>${title}</h1>
<p class="fr-text--lead">${season.name}${period ? ` : ${plural(figures.laureates, 'initiative citoyenne accompagnée', 'initiatives citoyennes accompagnées')} ${period}.` : '.'}</p>
<nav class="fr-summary fr-mb-4w" aria-labelledby="sommaire-titre">
  <p class="fr-summary__title" id="sommaire-titre">Sommaire</p>
  <ol class="fr-summary__list">
    <li><a class="fr-summary__link" href="#chiffres">Le programme en chiffres</a></li>
    <li><a class="fr-summary__link" href="#laureats">Les lauréats</a></li>
    <li><a class="fr-summary__link" href="#donnees">Données ouvertes</a></li>
  </ol>
</nav>
<section aria-labelledby="chiffres">
  <h2 id="chiffres">Le programme en chiffres</h2>
  ${figureTiles(figures)}
  ${outcomeCharts(r)}
  ${barChart('actions-par-axe', 'Actions d’accompagnement réalisées par axe', AXES.map((a) => ({ label: fr('axes', a), value: figures.actionsDoneByAxis[a] ?? 0 })), count, ['Axe', 'Actions réalisées'])}
  ${purposes.length > 0 ? barChart('partenaires-par-objet', 'Partenariats publics par objet', purposes.map((p) => ({ label: fr('purposes', p), value: r.partners.filter((x) => x.purpose === p).length })), count, ['Objet', 'Partenariats']) : ''}
  ${grantedBy.size > 0 ? barChart('subventions-par-laureat', 'Subventions accordées par lauréat', r.laureates.filter((l) => grantedBy.has(l.id)).map((l) => ({ label: l.name, value: grantedBy.get(l.id)! })), euros, ['Lauréat', 'Subventions']) : ''}
</section>
<section aria-labelledby="laureats" class="fr-mt-6w">
  <h2 id="laureats">Les lauréats</h2>
  ${r.laureates.map((l) => laureateSection(l, r.partners.filter((p) => p.laureateId === l.id), r.indicators.filter((i) => i.laureateId === l.id), r.surveys.find((x) => x.laureateId === l.id)))}
</section>
<section aria-labelledby="donnees" class="fr-mt-6w">
  <h2 id="donnees">Données ouvertes</h2>
  ${openDataSection(season.year)}
</section>`;
  return publicLayout(title, `${season.name} : les lauréats de l'Accélérateur d'Initiatives Citoyennes, leurs partenaires publics et les chiffres du programme.`, main);
}

/** The list of published seasons. */
export function renderSeasonsIndex(seasons: Array<{ year: number; seasonName: string }>): string {
  const main = html`<h1>Résultats des saisons</h1>
<p class="fr-text--lead">Les saisons de l'Accélérateur d'Initiatives Citoyennes dont les résultats sont publiés.</p>
${seasons.length === 0 ? html`<p>Aucune saison publiée pour le moment.</p>` : html`<ul>${seasons.map((s) => html`<li><a class="fr-link" href="${PUBLIC_HOME}/${s.year}">${s.seasonName} (${s.year})</a></li>`)}</ul>`}`;
  return publicLayout('Résultats des saisons', "Les résultats publiés de l'Accélérateur d'Initiatives Citoyennes, saison par saison.", main);
}
