// Impact demo data (issue 16). Season 1: indicators from the closing booklet's figures and validated outcome
// surveys whose totals are the published programme figures (blog post of 05/12/2022: 8 of 9 laureates saved 12 to
// 24 months, more than two thirds autonomous with administrations, 3 interministerial actions, all met new partners;
// 7 of 9 funded comes from the grants). The per-laureate split is ILLUSTRATIVE: the documents publish totals only,
// except where a laureate's own words give it (Infoclimat and Permis de construire: "6 mois pour ce qui était prévu en
// 2 ans"; Sport inclusif: "en 3 mois, des mises en relation équivalentes à 5 ans"; Vikidia: "tout à fait autonomes").
import type { AutonomyLevel, IndicatorDirection } from '@aic/domain';

export interface DemoIndicator {
  laureateKey: string;
  name: string;
  unit: string;
  baselineValue: number;
  baselineOn: string | null;
  targetValue: number;
  targetOn: string | null;
  direction: IndicatorDirection;
  /** [value, 'YYYY-MM-DD' or days from today (season 2), source] */
  measurements: Array<[number, string | number, string]>;
}

export interface DemoOutcomeSurvey {
  laureateKey: string;
  monthsSaved: number | null;
  autonomy: AutonomyLevel | null;
  interministerialActions: number | null;
}

const S1_START = '2022-04-14';
const BOOKLET = 'Livret de clôture de la saison 1 (29/11/2022)';

export const season1Indicators: DemoIndicator[] = [
  { laureateKey: 'infoclimat', name: 'Nouvelles stations météorologiques ouvertes', unit: 'stations', baselineValue: 0, baselineOn: S1_START, targetValue: 5, targetOn: '2022-12-31', direction: 'higher_is_better',
    measurements: [[2, '2022-09-30', 'Point d’étape de Phase 2'], [5, '2022-11-29', BOOKLET]] },
  { laureateKey: 'snu-augmente', name: 'Jeunes en mission', unit: 'jeunes', baselineValue: 0, baselineOn: S1_START, targetValue: 2000, targetOn: '2023-12-31', direction: 'higher_is_better',
    measurements: [[300, '2022-11-29', BOOKLET]] },
  { laureateKey: 'permis-de-construire', name: 'Nouvelles antennes', unit: 'antennes', baselineValue: 0, baselineOn: S1_START, targetValue: 3, targetOn: '2023-12-31', direction: 'higher_is_better',
    measurements: [[3, '2022-11-29', BOOKLET]] },
  { laureateKey: 'open-data-university', name: 'Étudiants bénéficiaires des enseignements', unit: 'étudiants', baselineValue: 0, baselineOn: S1_START, targetValue: 700, targetOn: '2023-12-31', direction: 'higher_is_better',
    measurements: [] },
  { laureateKey: 'open-data-university', name: 'Universités impliquées', unit: 'universités', baselineValue: 0, baselineOn: S1_START, targetValue: 36, targetOn: '2023-12-31', direction: 'higher_is_better',
    measurements: [] },
  { laureateKey: 'sport-inclusif', name: 'Organisations du réseau interministériel', unit: 'organisations', baselineValue: 0, baselineOn: S1_START, targetValue: 6, targetOn: '2022-11-29', direction: 'higher_is_better',
    measurements: [[6, '2022-11-29', BOOKLET]] },
];

/** 8 of 9 between 12 and 24 months; 7 "yes" (7/9 > 2/3); 3 interministerial actions (the 3rd laureate is illustrative). */
export const season1Surveys: DemoOutcomeSurvey[] = [
  { laureateKey: 'infoclimat', monthsSaved: 18, autonomy: 'yes', interministerialActions: 0 },
  { laureateKey: 'ma-dada', monthsSaved: 12, autonomy: 'partly', interministerialActions: 0 },
  { laureateKey: 'open-data-university', monthsSaved: 12, autonomy: 'yes', interministerialActions: 0 },
  { laureateKey: 'parlons-democratie', monthsSaved: 12, autonomy: 'yes', interministerialActions: 0 },
  { laureateKey: 'permis-de-construire', monthsSaved: 18, autonomy: 'yes', interministerialActions: 1 },
  { laureateKey: 'snu-augmente', monthsSaved: 6, autonomy: 'partly', interministerialActions: 1 },
  { laureateKey: 'sport-inclusif', monthsSaved: 24, autonomy: 'yes', interministerialActions: 1 },
  { laureateKey: 'vikidia', monthsSaved: 12, autonomy: 'yes', interministerialActions: 0 },
  { laureateKey: 'vivons-en-forme', monthsSaved: 12, autonomy: 'yes', interministerialActions: 0 },
];

/** Season 2, under way: measurements dated in days from today; one "lower is better" indicator. */
export const season2Indicators: DemoIndicator[] = [
  { laureateKey: 's2-cadastre-solaire-libre', name: 'Communes couvertes par le cadastre', unit: 'communes', baselineValue: 12, baselineOn: null, targetValue: 120, targetOn: null, direction: 'higher_is_better',
    measurements: [[30, -90, 'Tableau de bord du projet'], [54, -20, 'Tableau de bord du projet']] },
  { laureateKey: 's2-sentinelles-des-rivieres', name: 'Points de prélèvement suivis', unit: 'points', baselineValue: 40, baselineOn: null, targetValue: 80, targetOn: null, direction: 'higher_is_better',
    measurements: [[44, -60, 'Relevé du réseau'], [41, -10, 'Relevé du réseau']] },
  { laureateKey: 's2-outiltheque-commune', name: 'Délai moyen de prêt d’un outil', unit: 'jours', baselineValue: 21, baselineOn: null, targetValue: 7, targetOn: null, direction: 'lower_is_better',
    measurements: [[14, -30, 'Logiciel de prêt']] },
  { laureateKey: 's2-transcrire-ensemble', name: 'Pages d’archives transcrites', unit: 'pages', baselineValue: 0, baselineOn: null, targetValue: 50000, targetOn: null, direction: 'higher_is_better',
    measurements: [] },
];

/** Season 2: drafts started by the managers, figures partly filled in. */
export const season2Surveys: DemoOutcomeSurvey[] = [
  { laureateKey: 's2-cadastre-solaire-libre', monthsSaved: 9, autonomy: 'partly', interministerialActions: null },
  { laureateKey: 's2-sentinelles-des-rivieres', monthsSaved: null, autonomy: null, interministerialActions: null },
];
