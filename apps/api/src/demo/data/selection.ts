// Word pools of the demo selection (issue 15): season-1 and season-2 applications are generated from them by a seeded
// PRNG (seed-selection.ts). Everything here is invented: towns that do not exist, carriers marked fictional, e-mails
// on the reserved `.test` domain. Only the 9 season-1 laureates are real, and they come from laureates-season1.ts.

/** Invented towns, so that no generated carrier can be mistaken for a real one. */
export const FICTIONAL_TOWNS = [
  'Valbrume', 'Clairfont', 'Montvergne', 'Rochebleue', 'Saint-Aubrac-des-Pins', 'Pradelune', 'Bourg-Solaire', 'Lavandière',
  'Hautecombe-sur-Loue', 'Fontclaire', 'Mirabel-les-Ondes', 'Castelnoir', 'Brumeval', 'Courtelande', 'Ventabren-le-Haut',
  'Sorbière', 'Plaisance-des-Monts', 'Aiguefroide', 'Belcastel-Vert', 'Ormelune',
] as const;

export const PROJECT_KINDS = [
  'Réseau', 'Atelier', 'Plateforme', 'Carte collaborative', 'Observatoire', 'Fabrique', 'Bibliothèque', 'Coopérative',
  'Laboratoire citoyen', 'Maison', 'Académie', 'Boussole',
] as const;

/** What a project works on: [complement of the name, resource of common interest, public reached]. */
export const PROJECT_TOPICS: ReadonlyArray<readonly [string, string, string]> = [
  ['des jardins partagés', 'les semences et les parcelles cultivées en commun', 'habitants des quartiers'],
  ['du réemploi', 'les objets et matériaux réparables', 'ménages et artisans'],
  ['des données de la qualité de l’air', 'les mesures de capteurs citoyens', 'riverains et collectivités'],
  ['de l’accès au droit', 'les guides juridiques libres', 'personnes éloignées du droit'],
  ['des savoirs numériques', 'les tutoriels et logiciels libres', 'seniors et demandeurs d’emploi'],
  ['des rivières', 'les relevés de l’état des cours d’eau', 'pêcheurs, écoles et syndicats de rivière'],
  ['de la mobilité solidaire', 'le parc de vélos et de véhicules partagés', 'habitants des zones rurales'],
  ['de l’alimentation locale', 'la carte des producteurs et des circuits courts', 'familles et cantines'],
  ['de la mémoire des quartiers', 'les archives orales et photographiques', 'habitants et scolaires'],
  ['de l’inclusion numérique', 'les lieux d’accès et de médiation', 'personnes sans équipement'],
  ['du logement digne', 'le recensement des logements vacants', 'ménages mal logés'],
  ['des communs énergétiques', 'les centrales solaires citoyennes', 'habitants et petites communes'],
  ['de la biodiversité ordinaire', 'les inventaires naturalistes ouverts', 'naturalistes amateurs et écoles'],
  ['de la santé des aidants', 'les ressources de répit et d’entraide', 'aidants familiaux'],
  ['des tiers-lieux', 'les espaces et outils mutualisés', 'associations et travailleurs indépendants'],
  ['de la participation des jeunes', 'les budgets participatifs jeunesse', 'collégiens et lycéens'],
  ['du patrimoine bâti', 'les relevés et savoir-faire de restauration', 'bénévoles et artisans'],
  ['de la lecture pour tous', 'les livres audio et en facile à lire', 'personnes dyslexiques ou malvoyantes'],
  ['de la médiation scientifique', 'les expériences et protocoles ouverts', 'écoles et centres sociaux'],
  ['des forêts communales', 'les plans de gestion partagés', 'propriétaires et communes forestières'],
];

export const CARRIER_PREFIXES = {
  association: ['Association', 'Collectif', 'Fédération', 'Amicale'],
  administration: ['Commune de', 'Communauté de communes de', 'Centre communal d’action sociale de'],
  both: ['Association', 'Collectif'],
  other: ['SAS', 'SARL', 'Entreprise individuelle'],
} as const;

export const FIRST_NAMES = [
  'Alix', 'Bérénice', 'Côme', 'Dalila', 'Elouan', 'Fanny', 'Gaspard', 'Hélène', 'Ismaël', 'Jade', 'Kylian', 'Léna', 'Malo',
  'Nadia', 'Octave', 'Pauline', 'Quentin', 'Rania', 'Solène', 'Tristan', 'Ulysse', 'Violette', 'Wassim', 'Yasmine', 'Zoé',
] as const;
export const LAST_NAMES = [
  'Exemple', 'Fictif', 'Démo', 'Spécimen', 'Modèle', 'Essai', 'Brouillon', 'Maquette', 'Prototype', 'Ébauche', 'Factice',
  'Témoin', 'Placebo', 'Croquis', 'Esquisse',
] as const;

export const ADMINISTRATION_SUPPORTS = [
  'Non, pas encore',
  'Oui : la commune, qui met un local à disposition',
  'Oui : le conseil départemental (convention en cours)',
  'Oui : une direction régionale de l’État, qui cofinance une action',
  'Oui : un établissement public, partenaire technique',
] as const;

export const GOVERNANCES = [
  'Conseil d’administration ouvert aux usagers, assemblée générale annuelle',
  'Comité de suivi réunissant bénévoles, usagers et partenaires publics tous les trimestres',
  'Décisions prises par le bureau de l’association',
  'Gouvernance partagée avec les communes partenaires et un collège d’habitants',
  'Pas encore formalisée',
] as const;

export const NEEDS = [
  'Consolider : structurer l’équipe et le modèle économique',
  'Intégrer : être mis en relation avec les administrations concernées',
  'Déployer : essaimer sur de nouveaux territoires',
  'Consolider et déployer',
  'Intégrer et déployer',
] as const;

export const INELIGIBILITY_REASONS = [
  'Projet porté par une entreprise, sans association ni administration (condition d’éligibilité 1).',
  'Pas de finalité d’intérêt général ni de ressource d’intérêt commun identifiée (condition d’éligibilité 2).',
  'Projet à but lucratif, porté par une société commerciale (condition d’éligibilité 1).',
  'Candidature incomplète : aucune structure porteuse déclarée (condition d’éligibilité 1).',
] as const;

export const WITHDRAWAL_REASON = 'Candidature retirée par le porteur de projet.';
export const NOT_SHORTLISTED_REASON = 'Éligible, mais non retenue dans la liste restreinte établie par l’équipe de l’AIC.';
export const NOT_SELECTED_REASON = 'Examinée par le jury et le panel citoyen, non retenue parmi les lauréats.';

export const EVALUATION_COMMENTS = {
  high: [
    'Projet solide, déjà éprouvé sur le terrain, avec une gouvernance ouverte.',
    'Très fort impact potentiel et une équipe structurée.',
    'Ressource d’intérêt commun claire ; complémentarité évidente avec le service public.',
  ],
  low: [
    'Intéressant mais encore peu structuré.',
    'L’impact reste à démontrer au-delà du territoire d’origine.',
    'Gouvernance peu partagée à ce stade.',
    'Bonne idée, maturité insuffisante pour un accompagnement cette saison.',
  ],
} as const;
