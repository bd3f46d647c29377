// Committees of the demo. Season 1's acceleration and engagement committees are documented (who was
// renewed, what the partners committed to), their exact dates and the split of the funding are not:
// dates are placed at the end of each phase and the split is ILLUSTRATIVE (the documents give the total:
// "plus de 800 K€" to 7 of the 9 laureates). Keys refer to laureates-season1.ts and organisations.ts.
import type { CommitmentKind, GrantPurpose } from './types.js';

export const season1AccelerationCommittee = {
  title: "Comité d'accélération — saison 1",
  heldOn: '2022-07-12',
  place: 'DINUM, Paris (date illustrative : fin de la Phase 1)',
  stopRationale:
    "Fin de l'accompagnement à l'issue de la Phase 1 : les actions prévues ont été menées et le projet poursuit en autonomie avec ses partenaires.",
  continueRationale: 'Besoins identifiés pour la Phase 2 : ancrage auprès des administrations de rattachement et relais de financement.',
};

export const season1EngagementCommittee = {
  title: "Comité d'engagement — saison 1",
  heldOn: '2022-11-22',
  place: 'Ségur, Paris (date illustrative : fin de la Phase 2)',
  rationale: "Fin de la saison : les engagements complémentaires des administrations sont consignés et l'accompagnement s'achève.",
};

/** Illustrative split of the season-1 grants: 7 laureates, 805 000 € in all. */
export const season1Grants: Array<{ laureateKey: string; amount: number; purpose: GrantPurpose }> = [
  { laureateKey: 'infoclimat', amount: 150000, purpose: 'hiring' },
  { laureateKey: 'vikidia', amount: 120000, purpose: 'technical_infrastructure' },
  { laureateKey: 'ma-dada', amount: 110000, purpose: 'legal' },
  { laureateKey: 'permis-de-construire', amount: 130000, purpose: 'hiring' },
  { laureateKey: 'sport-inclusif', amount: 120000, purpose: 'hiring' },
  { laureateKey: 'open-data-university', amount: 90000, purpose: 'technical_infrastructure' },
  { laureateKey: 'parlons-democratie', amount: 85000, purpose: 'communication' },
];

/** Complementary commitments recorded at the engagement committee, by public partners named in the booklet. */
export const season1Commitments: Array<{ laureateKey: string; organisationKey: string; kind: CommitmentKind; description: string; status: 'promised' | 'in_progress' | 'honoured' }> = [
  { laureateKey: 'infoclimat', organisationKey: 'meteo-france', kind: 'data_access', description: 'Échanges de données renforcés avec Météo-France via le ministère de la Transition écologique', status: 'in_progress' },
  { laureateKey: 'infoclimat', organisationKey: 'departement-gard', kind: 'deployment', description: 'Installation de stations météorologiques sur le territoire du Gard', status: 'honoured' },
  { laureateKey: 'vikidia', organisationKey: 'menj', kind: 'deployment', description: 'Diffusion de Vikidia auprès des enseignants et des élèves', status: 'in_progress' },
  { laureateKey: 'vikidia', organisationKey: 'clemi', kind: 'staff_time', description: "Appui du CLEMI pour l'éducation aux médias et à l'information", status: 'promised' },
  { laureateKey: 'ma-dada', organisationKey: 'siaf', kind: 'staff_time', description: "Travail commun avec le SIAF sur le droit d'accès aux documents administratifs", status: 'in_progress' },
  { laureateKey: 'ma-dada', organisationKey: 'ministere-culture', kind: 'other', description: "Mise en relation avec le réseau des administrateurs ministériels des données", status: 'promised' },
  { laureateKey: 'permis-de-construire', organisationKey: 'dap', kind: 'deployment', description: "Ouverture de nouvelles antennes avec les services pénitentiaires d'insertion et de probation", status: 'in_progress' },
  { laureateKey: 'permis-de-construire', organisationKey: 'atigip', kind: 'co_funding', description: "Soutien à l'insertion par l'activité économique des personnes sous main de justice", status: 'promised' },
  { laureateKey: 'sport-inclusif', organisationKey: 'ministere-sports', kind: 'co_funding', description: 'Relais de financement pour le déploiement du programme', status: 'promised' },
  { laureateKey: 'sport-inclusif', organisationKey: 'drajes-hauts-de-france', kind: 'deployment', description: 'Déploiement régional avec la DRAJES Hauts-de-France', status: 'in_progress' },
];

/** The upcoming season-2 acceleration committee, agenda prepared, to be run in the demo. */
export const season2AccelerationCommittee = {
  title: "Comité d'accélération — saison 2",
  heldInDays: 14,
  startTime: '14:00',
  endTime: '17:30',
  place: 'DINUM, Paris et visioconférence',
  requests: [
    { requestedSupport: "Hébergement pérenne et publication des données ; mise en relation avec l'ADEME.", requestedFunding: 60000 },
    { requestedSupport: "Convention avec les agences de l'eau ; appui juridique sur la collecte de données citoyennes.", requestedFunding: 45000 },
    { requestedSupport: 'Expertise assurance et responsabilité ; relais vers les collectivités pour les locaux.', requestedFunding: 30000 },
    { requestedSupport: 'Accès aux fonds d’archives numérisés ; partenariat avec le SIAF.', requestedFunding: 50000 },
  ],
};
