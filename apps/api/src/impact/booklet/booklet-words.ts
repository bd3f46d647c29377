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
  results: 'Résultats',
  figureLines: (f: SeasonFigures): string[] => [
    `${n(f.laureates)} initiatives lauréates accompagnées, dont ${n(f.renewed)} renouvelées en phase 2`,
    ...(f.outcomes && f.outcomes.validatedSurveys > 0
      ? [
          `${n(f.outcomes.saved12To24Months)} lauréats sur ${n(f.outcomes.laureates)} ont gagné 12 à 24 mois`,
          `${n(f.outcomes.autonomous)} lauréats sur ${n(f.outcomes.laureates)} autonomes dans leur relation avec les administrations${f.outcomes.partlyAutonomous > 0 ? `, ${n(f.outcomes.partlyAutonomous)} en partie` : ''}`,
          `${n(f.outcomes.interministerialActions)} actions interministérielles mises en place`,
          `${n(f.outcomes.metNewPartners)} lauréats sur ${n(f.outcomes.laureates)} ont rencontré de nouveaux partenaires`,
        ]
      : []),
    `${n(f.partnerOrganisations)} partenaires publics embarqués (${n(f.partnerships)} partenariats)`,
    `${n(f.actionsDone)} actions d'accompagnement réalisées : ${n(f.actionsDoneByAxis.consolidate ?? 0)} pour consolider, ${n(f.actionsDoneByAxis.integrate ?? 0)} pour intégrer, ${n(f.actionsDoneByAxis.deploy ?? 0)} pour déployer`,
    `${n(f.fundedLaureates)} lauréats sur ${n(f.laureates)} financés : ${euros(f.granted)} de subventions accordées, ${euros(f.paid)} versés`,
  ],
};
