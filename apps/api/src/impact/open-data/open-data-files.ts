import { AUTONOMY_LEVELS, AXES, COMMITTEE_KINDS, DECISION_OUTCOMES, ENGAGED_PARTNERSHIP_STATUSES, GRANT_PURPOSES, GRANT_STATUSES, LAUREATE_PHASES, ORGANISATION_KINDS, PARTNERSHIP_PURPOSES, TRACKS } from '@aic/domain';
import { publicText } from '../season-results/public-text.js';
import type {
  ResultActionCount, ResultCarrier, ResultDecision, ResultGrant, ResultIndicator, ResultLaureate, ResultPartner, ResultSurvey,
} from '../season-results/season-results.service.js';

/** What the open-data files of a season are made from (chosen columns only: see season-results.service.ts). */
export interface SeasonDataset {
  season: { id: number; year: number; name: string };
  laureates: ResultLaureate[];
  carriers: ResultCarrier[];
  partners: ResultPartner[];
  actionCounts: ResultActionCount[];
  decisions: ResultDecision[];
  grants: ResultGrant[];
  indicators: ResultIndicator[];
  surveys: ResultSurvey[];
}

/** A field of a frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/). */
export interface Field {
  name: string;
  type: 'string' | 'integer' | 'number' | 'date' | 'boolean';
  title: string;
  description: string;
  format?: string;
  constraints?: { required?: boolean; enum?: readonly string[]; minimum?: number; maximum?: number };
  example?: string;
}

export interface OpenDataFile {
  name: string;
  title: string;
  description: string;
  fields: Field[];
  primaryKey?: string[];
  foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
  rows(d: SeasonDataset): Array<Record<string, unknown>>;
}

const laureateId: Field = { name: 'laureat_id', type: 'integer', title: 'Identifiant du lauréat', description: 'Renvoie à la colonne id du fichier laureats.', constraints: { required: true } };
const laureateName: Field = { name: 'laureat', type: 'string', title: 'Lauréat', description: 'Nom de l’initiative lauréate.', constraints: { required: true } };
const toLaureate = { fields: ['laureat_id'], reference: { resource: 'laureats', fields: ['id'] } };
const nameOf = (d: SeasonDataset) => {
  const names = new Map(d.laureates.map((l) => [l.id, l.name]));
  return (id: number) => names.get(id) ?? null;
};

export const OPEN_DATA_FILES: readonly OpenDataFile[] = [
  {
    name: 'laureats',
    title: 'Lauréats de la saison',
    description: 'Les initiatives lauréates de la saison, leur mission et leur accompagnement.',
    primaryKey: ['id'],
    fields: [
      { name: 'id', type: 'integer', title: 'Identifiant', description: 'Identifiant du lauréat dans le back-office de l’AIC.', constraints: { required: true } },
      { name: 'saison', type: 'integer', title: 'Saison', description: 'Année de la saison (promotion).', constraints: { required: true } },
      { name: 'nom', type: 'string', title: 'Nom', description: 'Nom de l’initiative.', constraints: { required: true }, example: 'Infoclimat' },
      { name: 'pilotage', type: 'string', title: 'Pilotage', description: 'Administration qui accompagne : dinum (communs numériques) ou ditp (autres communs).', constraints: { required: true, enum: TRACKS } },
      { name: 'accroche', type: 'string', title: 'Accroche', description: 'La raison d’être de l’initiative, en une phrase.' },
      { name: 'mission', type: 'string', title: 'Mission', description: 'Ce que l’initiative propose (« Nous proposons… »).' },
      { name: 'complement_service_public', type: 'string', title: 'Complément au service public', description: '« Nous venons compléter le service public avec… »' },
      { name: 'site_web', type: 'string', format: 'uri', title: 'Site web', description: 'Adresse du site de l’initiative.' },
      { name: 'thematiques', type: 'string', title: 'Thématiques', description: 'Thématiques, séparées par « ; ».' },
      { name: 'territoire', type: 'string', title: 'Territoire', description: 'Territoire d’action.' },
      { name: 'phase', type: 'string', title: 'Phase', description: 'phase1, phase2, completed (accompagnement terminé) ou stopped (arrêté).', constraints: { required: true, enum: LAUREATE_PHASES } },
      { name: 'debut_accompagnement', type: 'date', title: 'Début de l’accompagnement', description: 'Date de début (AAAA-MM-JJ).' },
      { name: 'debut_phase2', type: 'date', title: 'Début de la phase 2', description: 'Vide si le lauréat n’a pas été renouvelé en phase 2.' },
      { name: 'fin_accompagnement', type: 'date', title: 'Fin de l’accompagnement', description: 'Date de fin (AAAA-MM-JJ).' },
      { name: 'suites', type: 'string', title: 'Suites', description: 'Quelle suite après l’AIC ? Une étape par ligne, précédée de son année.' },
      { name: 'porteur_id', type: 'integer', title: 'Structure porteuse', description: 'Renvoie à la colonne id du fichier porteurs.' },
    ],
    foreignKeys: [{ fields: ['porteur_id'], reference: { resource: 'porteurs', fields: ['id'] } }],
    rows: (d) =>
      d.laureates.map((l) => ({
        id: l.id, saison: d.season.year, nom: l.name, pilotage: l.track, accroche: publicText(l.tagline), mission: publicText(l.mission),
        complement_service_public: publicText(l.publicServiceContribution), site_web: l.website, thematiques: l.themes.join('; '),
        territoire: l.territory, phase: l.phase, debut_accompagnement: l.startedOn, debut_phase2: l.phase2StartedOn, fin_accompagnement: l.endedOn,
        suites: publicText(l.nextSteps), porteur_id: l.carrierId,
      })),
  },
  {
    name: 'porteurs',
    title: 'Structures porteuses',
    description: 'Les structures (associations, administrations…) qui portent les lauréats de la saison.',
    primaryKey: ['id'],
    fields: [
      { name: 'id', type: 'integer', title: 'Identifiant', description: 'Identifiant de la structure.', constraints: { required: true } },
      { name: 'nom', type: 'string', title: 'Nom', description: 'Nom de la structure.', constraints: { required: true } },
      { name: 'type', type: 'string', title: 'Type', description: 'Nature de la structure.', constraints: { required: true, enum: ORGANISATION_KINDS } },
      { name: 'sigle', type: 'string', title: 'Sigle', description: 'Sigle ou acronyme.' },
      { name: 'territoire', type: 'string', title: 'Territoire', description: 'Territoire de la structure.' },
      { name: 'site_web', type: 'string', format: 'uri', title: 'Site web', description: 'Adresse du site de la structure.' },
    ],
    rows: (d) => d.carriers.map((c) => ({ id: c.id, nom: c.name, type: c.kind, sigle: c.acronym, territoire: c.territory, site_web: c.website })),
  },
  {
    name: 'partenaires',
    title: 'Partenaires publics embarqués',
    description: 'Les administrations et organismes publics engagés auprès de chaque lauréat (rencontrés, accord ou déploiement), par objet, avec leur date.',
    fields: [
      laureateId, laureateName,
      { name: 'organisation_id', type: 'integer', title: 'Identifiant de l’organisme', description: 'Identifiant de l’organisme public.', constraints: { required: true } },
      { name: 'organisation', type: 'string', title: 'Organisme', description: 'Nom de l’organisme public.', constraints: { required: true } },
      { name: 'type_organisation', type: 'string', title: 'Type d’organisme', description: 'Nature de l’organisme.', constraints: { required: true, enum: ORGANISATION_KINDS } },
      { name: 'objet', type: 'string', title: 'Objet', description: 'Pour quoi l’organisme est embarqué : deployment (déploiement), information_system (systèmes d’information), expertise, funding (financement), data (données), regulation (réglementation), other.', constraints: { required: true, enum: PARTNERSHIP_PURPOSES } },
      { name: 'depuis', type: 'date', title: 'Depuis', description: 'Date d’engagement (AAAA-MM-JJ).' },
      { name: 'statut', type: 'string', title: 'Statut', description: 'meeting_held (rencontre réalisée), agreement (accord) ou deployed (déployé).', constraints: { required: true, enum: ENGAGED_PARTNERSHIP_STATUSES } },
    ],
    foreignKeys: [toLaureate],
    rows: (d) => {
      const name = nameOf(d);
      return d.partners.map((p) => ({
        laureat_id: p.laureateId, laureat: name(p.laureateId), organisation_id: p.organisationId, organisation: p.organisationName,
        type_organisation: p.organisationKind, objet: p.purpose, depuis: p.since, statut: p.status,
      }));
    },
  },
  {
    name: 'actions',
    title: 'Actions d’accompagnement par axe',
    description: 'Nombre d’actions menées avec chaque lauréat, par axe (consolider, intégrer, déployer) et par état. Les actions elles-mêmes ne sont pas publiées.',
    fields: [
      laureateId, laureateName,
      { name: 'axe', type: 'string', title: 'Axe', description: 'consolidate (consolider), integrate (intégrer) ou deploy (déployer).', constraints: { required: true, enum: AXES } },
      { name: 'realisees', type: 'integer', title: 'Réalisées', description: 'Actions réalisées.', constraints: { required: true, minimum: 0 } },
      { name: 'en_cours', type: 'integer', title: 'En cours', description: 'Actions en cours.', constraints: { required: true, minimum: 0 } },
      { name: 'prevues', type: 'integer', title: 'Prévues', description: 'Actions prévues, pas encore commencées.', constraints: { required: true, minimum: 0 } },
      { name: 'annulees', type: 'integer', title: 'Annulées', description: 'Actions annulées.', constraints: { required: true, minimum: 0 } },
    ],
    foreignKeys: [toLaureate],
    rows: (d) => {
      const name = nameOf(d);
      return d.actionCounts.map((a) => ({ laureat_id: a.laureateId, laureat: name(a.laureateId), axe: a.axis, realisees: a.done, en_cours: a.inProgress, prevues: a.planned, annulees: a.cancelled }));
    },
  },
  {
    name: 'decisions',
    title: 'Décisions des comités',
    description: 'Les décisions des comités clos de la saison (poursuite ou arrêt, financement accordé). Les motifs et conditions ne sont pas publiés.',
    fields: [
      laureateId, laureateName,
      { name: 'comite', type: 'string', title: 'Comité', description: 'acceleration (comité d’accélération, fin de phase 1) ou engagement (comité d’engagement, phase 2).', constraints: { required: true, enum: COMMITTEE_KINDS } },
      { name: 'date_comite', type: 'date', title: 'Date du comité', description: 'Date de la séance (AAAA-MM-JJ).' },
      { name: 'decision', type: 'string', title: 'Décision', description: 'continue (poursuite), continue_with_conditions (poursuite sous conditions) ou stop (arrêt).', constraints: { required: true, enum: DECISION_OUTCOMES } },
      { name: 'financement_accorde', type: 'number', title: 'Financement accordé (€)', description: 'Montant accordé par le comité, en euros.', constraints: { required: true, minimum: 0 } },
    ],
    foreignKeys: [toLaureate],
    rows: (d) => {
      const name = nameOf(d);
      return d.decisions.map((x) => ({ laureat_id: x.laureateId, laureat: name(x.laureateId), comite: x.committeeKind, date_comite: x.heldOn, decision: x.outcome, financement_accorde: x.fundingGranted }));
    },
  },
  {
    name: 'financements',
    title: 'Subventions',
    description: 'Les subventions de l’État aux lauréats de la saison : montant, objet, état et montant versé.',
    fields: [
      laureateId, laureateName,
      { name: 'montant', type: 'number', title: 'Montant (€)', description: 'Montant de la subvention, en euros.', constraints: { required: true, minimum: 0 } },
      { name: 'objet', type: 'string', title: 'Objet', description: 'hiring (aide à l’embauche), technical_infrastructure, legal, communication ou other.', constraints: { required: true, enum: GRANT_PURPOSES } },
      { name: 'statut', type: 'string', title: 'État', description: 'proposed, agreement_signed, partially_paid, paid ou closed.', constraints: { required: true, enum: GRANT_STATUSES } },
      { name: 'verse', type: 'number', title: 'Versé (€)', description: 'Somme des versements, en euros.', constraints: { required: true, minimum: 0 } },
    ],
    foreignKeys: [toLaureate],
    rows: (d) => {
      const name = nameOf(d);
      return d.grants.map((g) => ({ laureat_id: g.laureateId, laureat: name(g.laureateId), montant: g.amount, objet: g.purpose, statut: g.status, verse: g.paid }));
    },
  },
  {
    name: 'indicateurs',
    title: 'Indicateurs de résultat',
    description: 'Les indicateurs suivis par chaque lauréat : valeur de départ, cible, dernière mesure et progression vers la cible (en %, 100 = cible atteinte). Les sources et commentaires des mesures ne sont pas publiés.',
    fields: [
      laureateId, laureateName,
      { name: 'indicateur', type: 'string', title: 'Indicateur', description: 'Ce qui est mesuré.', constraints: { required: true }, example: 'Nouvelles stations météorologiques' },
      { name: 'unite', type: 'string', title: 'Unité', description: 'Unité des valeurs.', constraints: { required: true } },
      { name: 'sens', type: 'string', title: 'Sens', description: 'higher_is_better (plus c’est haut, mieux c’est) ou lower_is_better.', constraints: { required: true, enum: ['higher_is_better', 'lower_is_better'] } },
      { name: 'valeur_initiale', type: 'number', title: 'Valeur de départ', description: 'Valeur au début de l’accompagnement.', constraints: { required: true } },
      { name: 'date_initiale', type: 'date', title: 'Date de la valeur de départ', description: 'AAAA-MM-JJ.' },
      { name: 'cible', type: 'number', title: 'Cible', description: 'Valeur visée.', constraints: { required: true } },
      { name: 'date_cible', type: 'date', title: 'Échéance de la cible', description: 'AAAA-MM-JJ.' },
      { name: 'derniere_valeur', type: 'number', title: 'Dernière valeur mesurée', description: 'Vide sans mesure.' },
      { name: 'date_derniere_valeur', type: 'date', title: 'Date de la dernière mesure', description: 'AAAA-MM-JJ ; vide sans mesure.' },
      { name: 'progression_pct', type: 'number', title: 'Progression (%)', description: '(dernière valeur − départ) / (cible − départ) × 100, dans les deux sens ; vide sans mesure.' },
      { name: 'cible_atteinte', type: 'boolean', title: 'Cible atteinte', description: 'true ou false ; vide sans mesure.' },
    ],
    foreignKeys: [toLaureate],
    rows: (d) => {
      const name = nameOf(d);
      return d.indicators.map((i) => ({
        laureat_id: i.laureateId, laureat: name(i.laureateId), indicateur: publicText(i.name), unite: i.unit, sens: i.direction, valeur_initiale: i.baselineValue,
        date_initiale: i.baselineOn, cible: i.targetValue, date_cible: i.targetOn, derniere_valeur: i.latestValue, date_derniere_valeur: i.latestMeasuredOn,
        progression_pct: i.progressPercent, cible_atteinte: i.targetReached,
      }));
    },
  },
  {
    name: 'resultats',
    title: 'Résultats de l’accompagnement',
    description: 'Ce que chaque lauréat déclare à la fin de son accompagnement (questionnaire de sortie validé par le programme) : mois gagnés, autonomie dans la relation avec les administrations, nouveaux partenaires rencontrés, actions interministérielles.',
    primaryKey: ['laureat_id'],
    fields: [
      laureateId, laureateName,
      { name: 'mois_gagnes', type: 'integer', title: 'Mois gagnés', description: 'Temps gagné grâce à l’accélérateur, en mois (0 à 36).', constraints: { required: true, minimum: 0, maximum: 36 } },
      { name: 'autonomie', type: 'string', title: 'Autonomie avec les administrations', description: 'yes (oui), partly (en partie) ou no (non).', constraints: { required: true, enum: AUTONOMY_LEVELS } },
      { name: 'nouveaux_partenaires', type: 'integer', title: 'Nouveaux partenaires rencontrés', description: 'Nombre de nouveaux partenaires rencontrés.', constraints: { required: true, minimum: 0 } },
      { name: 'actions_interministerielles', type: 'integer', title: 'Actions interministérielles', description: 'Actions interministérielles mises en place.', constraints: { required: true, minimum: 0 } },
    ],
    foreignKeys: [toLaureate],
    rows: (d) => {
      const name = nameOf(d);
      return d.surveys.map((s) => ({
        laureat_id: s.laureateId, laureat: name(s.laureateId), mois_gagnes: s.monthsSaved, autonomie: s.autonomy,
        nouveaux_partenaires: s.newPartnersMet, actions_interministerielles: s.interministerialActions,
      }));
    },
  },
];

/** The frictionless Table Schema of a file, as the State's open-data platform (schema.data.gouv.fr) expects it. */
export function tableSchema(file: OpenDataFile) {
  return {
    $schema: 'https://frictionlessdata.io/schemas/table-schema.json',
    name: `aic-${file.name}`,
    title: file.title,
    description: file.description,
    countryCode: 'FR',
    contributors: [{ title: "Accélérateur d'Initiatives Citoyennes (DINUM, DITP)", role: 'author' }],
    missingValues: [''],
    fields: file.fields,
    ...(file.primaryKey ? { primaryKey: file.primaryKey } : {}),
    ...(file.foreignKeys ? { foreignKeys: file.foreignKeys } : {}),
  };
}
