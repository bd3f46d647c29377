import type { SeasonFigures } from '../season-results/season-results.service.js';
import { euros } from '../season-results/words.js';

const n = (x: number) => new Intl.NumberFormat('fr-FR').format(x).replace(/\u202f|\u00a0/g, ' ');

/** The wording of the booklet, shared by its HTML page and its PDF. */
export const BOOKLET = {
  title: (year: number) => `Livret de clôture — saison ${year}`,
  programme: "Accélérateur d'Initiatives Citoyennes",
  welcome: 'Message de bienvenue',
  figures: 'Le programme en chiffres',
  laureates: 'Les lauréats',
  partners: 'Partenaires publics embarqués',
  enabled: "L'accélérateur nous a permis de…",
  nextSteps: "Quelle suite après l'AIC ?",
  website: 'Site web',
  carrier: 'Structure porteuse',
  figureLines: (f: SeasonFigures): string[] => [
    `${n(f.laureates)} initiatives lauréates accompagnées, dont ${n(f.renewed)} renouvelées en phase 2`,
    `${n(f.partnerOrganisations)} partenaires publics embarqués (${n(f.partnerships)} partenariats)`,
    `${n(f.actionsDone)} actions d'accompagnement réalisées : ${n(f.actionsDoneByAxis.consolidate ?? 0)} pour consolider, ${n(f.actionsDoneByAxis.integrate ?? 0)} pour intégrer, ${n(f.actionsDoneByAxis.deploy ?? 0)} pour déployer`,
    `${n(f.fundedLaureates)} lauréats sur ${n(f.laureates)} financés : ${euros(f.granted)} de subventions accordées, ${euros(f.paid)} versés`,
  ],
};
