// Organisations of the demo data set.
// - every public organisation named in the season-1 closing booklet (003_…txt);
// - the carrier organisations (structures porteuses) of the 9 season-1 laureates;
// - the programme's ecosystem partners (press release 29/11/2022, blog post 05/12/2022);
// - the fictional carriers of the season-2 demo laureates (clearly marked as such).
// parentKey is only set where the hierarchy is stated in the documents or evident
// (a directorate or a deconcentrated service within its ministry). Public bodies with
// their own legal personality (établissements publics, autorités indépendantes) have no
// parentKey; their supervising ministry, when relevant, is mentioned in notes.
import type { DemoOrganisation } from './types.js';

export const demoOrganisations: DemoOrganisation[] = [
  // ---------------------------------------------------------------------------
  // Programme: ministry and interministerial directorates
  // ---------------------------------------------------------------------------
  {
    key: "mtfp",
    name: "Ministère de la Transformation et de la Fonction publiques",
    kind: "ministry",
    acronym: "MTFP",
    notes: "La DINUM et la DITP interviennent « sous l'égide du ministère de la Transformation et de la Fonction publiques ».",
  },
  {
    key: "dinum",
    name: "Direction interministérielle du numérique",
    kind: "directorate",
    parentKey: "mtfp",
    acronym: "DINUM",
    website: "https://www.numerique.gouv.fr/",
    notes: "Porte le programme Accélérateur d'Initiatives Citoyennes ; sélectionne et accompagne les communs numériques. Rattachée aux services du Premier ministre, placée sous l'égide du ministère de la Transformation et de la Fonction publiques.",
  },
  {
    key: "etalab",
    name: "Etalab",
    kind: "directorate",
    parentKey: "dinum",
    website: "https://www.etalab.gouv.fr/",
    notes: "Département de la DINUM qui anime l'Accélérateur d'Initiatives Citoyennes (« un programme d'Etalab au sein de la direction interministérielle du numérique »).",
  },
  {
    key: "ditp",
    name: "Direction interministérielle de la transformation publique",
    kind: "directorate",
    parentKey: "mtfp",
    acronym: "DITP",
    website: "https://www.modernisation.gouv.fr/",
    notes: "Partenaire du programme ; sélectionne et accompagne les communs sans dominante numérique. Pilote le plan d'action de la France pour un gouvernement ouvert.",
  },
  {
    key: "amdac",
    name: "Réseau des administrateurs ministériels des données, des algorithmes et des codes sources",
    kind: "other",
    acronym: "AMDAC",
    notes: "Réseau interministériel cité dans les suites de Ma Dada (mise en relation prévue en 2023).",
  },

  // ---------------------------------------------------------------------------
  // Ministries (line administrations)
  // ---------------------------------------------------------------------------
  {
    key: "ministere-transition-ecologique",
    name: "Ministère de la Transition écologique et de la Cohésion des territoires",
    kind: "ministry",
    acronym: "MTECT",
  },
  {
    key: "ministere-agriculture",
    name: "Ministère de l'Agriculture",
    kind: "ministry",
    notes: "Cité « Ministère de l'agriculture » dans le livret (ministère de l'Agriculture et de la Souveraineté alimentaire en 2022).",
  },
  {
    key: "ministere-culture",
    name: "Ministère de la Culture",
    kind: "ministry",
    website: "https://www.culture.gouv.fr/",
  },
  {
    key: "mesr",
    name: "Ministère de l'Enseignement supérieur et de la Recherche",
    kind: "ministry",
    acronym: "MESR",
  },
  {
    key: "ministere-justice",
    name: "Ministère de la Justice",
    kind: "ministry",
    website: "https://www.justice.gouv.fr/",
  },
  {
    key: "menj",
    name: "Ministère de l'Éducation nationale et de la Jeunesse",
    kind: "ministry",
    acronym: "MENJ",
  },
  {
    key: "ministere-sports",
    name: "Ministère des Sports",
    kind: "ministry",
    notes: "Cité « Ministère des sports » dans le livret (ministère des Sports et des Jeux Olympiques et Paralympiques en 2022).",
  },

  // ---------------------------------------------------------------------------
  // Directorates and services within ministries
  // ---------------------------------------------------------------------------
  {
    key: "siaf",
    name: "Service interministériel des Archives de France",
    kind: "directorate",
    parentKey: "ministere-culture",
    acronym: "SIAF",
    notes: "Service de la direction générale des patrimoines et de l'architecture du ministère de la Culture.",
  },
  {
    key: "dap",
    name: "Direction de l'administration pénitentiaire",
    kind: "directorate",
    parentKey: "ministere-justice",
    acronym: "DAP",
  },
  {
    key: "atigip",
    name: "Agence du travail d'intérêt général et de l'insertion professionnelle des personnes placées sous main de justice",
    kind: "public_agency",
    parentKey: "ministere-justice",
    acronym: "ATIGIP",
    notes: "Service à compétence nationale du ministère de la Justice. Cité « L'Agence du travail d'Intérêt général et de l'insertion professionnelle » dans le livret.",
  },
  {
    key: "direction-snu",
    name: "Direction du Service national universel",
    kind: "directorate",
    parentKey: "menj",
    notes: "Citée « Direction SNU du Ministère de l'Éducation nationale et de la Jeunesse » dans le livret.",
  },
  {
    key: "dne",
    name: "Direction du numérique pour l'éducation",
    kind: "directorate",
    parentKey: "menj",
    acronym: "DNE",
    notes: "Citée « Ministère de l'Éducation Nationale et de la Jeunesse - Direction du numérique pour l'éducation » ; gère notamment la plateforme M@gistère.",
  },
  {
    key: "dgcs",
    name: "Direction générale de la cohésion sociale",
    kind: "directorate",
    acronym: "DGCS",
    notes: "Citée dans le réseau interministériel activé par Sport inclusif.",
  },
  {
    key: "dihal",
    name: "Délégation interministérielle à l'hébergement et à l'accès au logement",
    kind: "directorate",
    acronym: "DIHAL",
  },

  // ---------------------------------------------------------------------------
  // Deconcentrated services
  // ---------------------------------------------------------------------------
  {
    key: "spip-44",
    name: "Service pénitentiaire d'insertion et de probation de Loire-Atlantique",
    kind: "deconcentrated_service",
    parentKey: "dap",
    acronym: "SPIP 44",
    territory: "Loire-Atlantique (44)",
  },
  {
    key: "spip-56",
    name: "Service pénitentiaire d'insertion et de probation du Morbihan",
    kind: "deconcentrated_service",
    parentKey: "dap",
    acronym: "SPIP 56",
    territory: "Morbihan (56)",
  },
  {
    key: "spip-33",
    name: "Service pénitentiaire d'insertion et de probation de la Gironde",
    kind: "deconcentrated_service",
    parentKey: "dap",
    acronym: "SPIP 33",
    territory: "Gironde (33)",
  },
  {
    key: "spip-34",
    name: "Service pénitentiaire d'insertion et de probation de l'Hérault",
    kind: "deconcentrated_service",
    parentKey: "dap",
    acronym: "SPIP 34",
    territory: "Hérault (34)",
  },
  {
    key: "referents-departementaux-snu",
    name: "Référents départementaux du SNU",
    kind: "deconcentrated_service",
    parentKey: "menj",
    notes: "Réseau des référents du Service national universel dans les départements (cité tel quel dans le livret).",
  },
  {
    key: "academie-dijon",
    name: "Académie de Dijon",
    kind: "deconcentrated_service",
    parentKey: "menj",
    territory: "Côte-d'Or (21), Nièvre (58), Saône-et-Loire (71), Yonne (89)",
  },
  {
    key: "academie-toulouse",
    name: "Académie de Toulouse",
    kind: "deconcentrated_service",
    parentKey: "menj",
    territory: "Occitanie (ex-Midi-Pyrénées)",
    notes: "Citée dans les suites de Vikidia (ateliers de la fête de la Science 2023).",
  },
  {
    key: "academie-creteil",
    name: "Académie de Créteil",
    kind: "deconcentrated_service",
    parentKey: "menj",
    territory: "Seine-et-Marne (77), Seine-Saint-Denis (93), Val-de-Marne (94)",
    notes: "Citée dans les suites de Vikidia (ateliers de la fête de la Science 2023).",
  },
  {
    key: "academie-nice",
    name: "Académie de Nice",
    kind: "deconcentrated_service",
    parentKey: "menj",
    territory: "Alpes-Maritimes (06), Var (83)",
    notes: "Citée dans les suites de Vikidia (ateliers de la fête de la Science 2023).",
  },
  {
    key: "academie-paris",
    name: "Académie de Paris",
    kind: "deconcentrated_service",
    parentKey: "menj",
    territory: "Paris (75)",
    notes: "Citée dans les suites de Vikidia (ateliers de la fête de la Science 2023).",
  },
  {
    key: "drajes-hauts-de-france",
    name: "Délégation régionale académique à la jeunesse, à l'engagement et aux sports des Hauts-de-France",
    kind: "deconcentrated_service",
    acronym: "DRAJES Hauts-de-France",
    territory: "Hauts-de-France",
  },

  // ---------------------------------------------------------------------------
  // Public institutions, agencies, independent authorities, public digital services
  // ---------------------------------------------------------------------------
  {
    key: "meteo-france",
    name: "Météo-France",
    kind: "public_institution",
    website: "https://meteofrance.com/",
    notes: "Service météorologique et climatologique national (écrit « Météo France » dans le livret). Échanges avec Infoclimat via le ministère de la Transition écologique.",
  },
  {
    key: "cnes",
    name: "Centre national d'études spatiales",
    kind: "public_institution",
    acronym: "CNES",
    website: "https://cnes.fr/",
  },
  {
    key: "defenseur-des-droits",
    name: "Défenseur des droits",
    kind: "public_institution",
    website: "https://www.defenseurdesdroits.fr/",
    notes: "Autorité administrative indépendante.",
  },
  {
    key: "cada",
    name: "Commission d'accès aux documents administratifs",
    kind: "public_institution",
    acronym: "CADA",
    website: "https://www.cada.fr/",
    notes: "Autorité administrative indépendante, citée dans les suites de Ma Dada.",
  },
  {
    key: "cour-des-comptes",
    name: "Cour des comptes",
    kind: "public_institution",
    website: "https://www.ccomptes.fr/",
    notes: "Juridiction financière.",
  },
  {
    key: "anct",
    name: "Agence nationale de la cohésion des territoires",
    kind: "public_agency",
    acronym: "ANCT",
    notes: "Le livret cite son « service Quartiers prioritaires de la ville ».",
  },
  {
    key: "clemi",
    name: "Centre de liaison de l'enseignement et des médias d'information",
    kind: "public_agency",
    acronym: "CLEMI",
    notes: "Service de Réseau Canopé chargé de l'éducation aux médias et à l'information.",
  },
  {
    key: "cesh",
    name: "Centre d'expertise sport handicap",
    kind: "other",
    acronym: "CESH",
    notes: "Nature juridique non précisée dans les documents.",
  },
  {
    key: "communaute-360-nord",
    name: "Communauté 360 Nord",
    kind: "other",
    territory: "Nord (59)",
    notes: "Dispositif territorial de coordination au service des personnes en situation de handicap.",
  },
  {
    key: "api-engagement",
    name: "API de l'Engagement",
    kind: "other",
    notes: "Service numérique public de diffusion des missions de bénévolat et de volontariat.",
  },
  {
    key: "jeveuxaider",
    name: "JeVeuxAider.gouv.fr",
    kind: "other",
    website: "https://www.jeveuxaider.gouv.fr/",
    notes: "Plateforme publique du bénévolat (Réserve civique).",
  },

  // ---------------------------------------------------------------------------
  // Local authorities and natural parks
  // ("Parc national du Mercantour, de Normandie/ Maine, des Vosges Nord, des Calanques")
  // ---------------------------------------------------------------------------
  {
    key: "departement-gard",
    name: "Département du Gard",
    kind: "local_authority",
    territory: "Gard (30)",
  },
  {
    key: "parc-national-mercantour",
    name: "Parc national du Mercantour",
    kind: "public_institution",
    territory: "Alpes-Maritimes (06), Alpes-de-Haute-Provence (04)",
  },
  {
    key: "pnr-normandie-maine",
    name: "Parc naturel régional Normandie-Maine",
    kind: "public_institution",
    territory: "Orne (61), Manche (50), Mayenne (53), Sarthe (72)",
    notes: "Cité « Parc national … de Normandie/ Maine » dans le livret ; il s'agit du parc naturel régional Normandie-Maine.",
  },
  {
    key: "pnr-vosges-du-nord",
    name: "Parc naturel régional des Vosges du Nord",
    kind: "public_institution",
    territory: "Bas-Rhin (67), Moselle (57)",
    notes: "Cité « Parc national … des Vosges Nord » dans le livret ; il s'agit du parc naturel régional des Vosges du Nord.",
  },
  {
    key: "parc-national-calanques",
    name: "Parc national des Calanques",
    kind: "public_institution",
    territory: "Bouches-du-Rhône (13)",
  },

  // ---------------------------------------------------------------------------
  // Higher education
  // ---------------------------------------------------------------------------
  {
    key: "universites-odu",
    name: "Universités partenaires de l'Open Data University",
    kind: "university",
    notes: "Regroupement : le livret cite « 36 universités » partenaires du déploiement sans les nommer.",
  },

  // ---------------------------------------------------------------------------
  // Associations listed among the public partners
  // ---------------------------------------------------------------------------
  {
    key: "aphg",
    name: "Association des professeurs d'histoire et de géographie",
    kind: "association",
    acronym: "APHG",
  },
  {
    key: "cpsf",
    name: "Comité paralympique et sportif français",
    kind: "association",
    acronym: "CPSF",
  },
  {
    key: "andiiss",
    name: "Association nationale des directeurs et des intervenants d'installations et des services des sports",
    kind: "association",
    acronym: "ANDIISS",
    notes: "Sigle écrit « ANDISS » dans le livret.",
  },
  {
    key: "amrf",
    name: "Association des maires ruraux de France",
    kind: "association",
    acronym: "AMRF",
  },

  // ---------------------------------------------------------------------------
  // Ecosystem partners of the programme (season 2)
  // ---------------------------------------------------------------------------
  {
    key: "bayes-impact",
    name: "Bayes Impact",
    kind: "association",
    notes: "Partenaire de l'écosystème de l'innovation sociale et numérique d'intérêt général (à partir de la saison 2).",
  },
  {
    key: "data4good",
    name: "Data4Good",
    kind: "association",
    notes: "Collectif Data for Good ; partenaire de l'écosystème (à partir de la saison 2).",
  },
  {
    key: "liberte-living-lab",
    name: "Le Liberté Living Lab",
    kind: "other",
    notes: "Partenaire de l'écosystème (à partir de la saison 2).",
  },
  {
    key: "caisse-des-depots",
    name: "Caisse des Dépôts et Consignations",
    kind: "public_institution",
    acronym: "CDC",
  },
  {
    key: "la-manufacture",
    name: "La Manufacture",
    kind: "other",
    parentKey: "caisse-des-depots",
    notes: "« La Manufacture de la Caisse des Dépôts et Consignations » ; le communiqué parle de « la Manufacture Docaposte X Caisse des Dépôts (en cours de création) ». Partenaire de l'écosystème (à partir de la saison 2).",
  },
  {
    key: "docaposte",
    name: "Docaposte",
    kind: "company",
    notes: "Cité comme co-porteur de la Manufacture avec la Caisse des Dépôts.",
  },

  // ---------------------------------------------------------------------------
  // Carrier organisations (structures porteuses) of the season-1 laureates
  // ---------------------------------------------------------------------------
  {
    key: "asso-infoclimat",
    name: "Association Infoclimat",
    kind: "association",
    website: "https://asso.infoclimat.fr/",
    notes: "Structure porteuse d'Infoclimat ; gouvernance 100 % bénévole pendant 20 ans.",
  },
  {
    key: "asso-ma-dada",
    name: "Association Ma Dada",
    kind: "association",
    website: "https://madada.fr/",
    notes: "Le livret parle de « l'association » sans la nommer : nom de la structure porteuse à vérifier.",
  },
  {
    key: "latitudes",
    name: "Latitudes",
    kind: "association",
    website: "https://www.latitudes.cc/",
    notes: "Structure porteuse de l'Open Data University (site indiqué dans le livret).",
  },
  {
    key: "asso-parlons-democratie",
    name: "Association Parlons démocratie",
    kind: "association",
    website: "https://www.parlons-democratie.fr/",
  },
  {
    key: "asso-permis-de-construire",
    name: "Association Permis de construire",
    kind: "association",
    website: "https://www.assopermisdeconstruire.org/",
  },
  {
    key: "makesense",
    name: "Makesense",
    kind: "association",
    website: "https://makesense.org/",
    notes: "Structure porteuse du Service National Universel Augmenté (citée dans le livret).",
  },
  {
    key: "asso-sport-inclusif",
    name: "Association Sport inclusif",
    kind: "association",
    website: "https://www.lesenfantsdelaballe.org/",
    notes: "Le livret parle de « l'association sport inclusif » et renvoie vers le site lesenfantsdelaballe.org.",
  },
  {
    key: "asso-vikidia",
    name: "Association Vikidia",
    kind: "association",
    website: "https://fr.vikidia.org/",
    notes: "Nom de la structure porteuse non précisé dans les documents.",
  },
  {
    key: "asso-vivons-en-forme",
    name: "Association Vivons en forme",
    kind: "association",
    website: "https://vivonsenforme.org/",
    notes: "Nom de la structure porteuse non précisé dans les documents (programme « VIF »).",
  },

  // ---------------------------------------------------------------------------
  // Fictional carriers of the season-2 demo laureates
  // ---------------------------------------------------------------------------
  {
    key: "fictif-toits-ouverts",
    name: "Collectif Toits ouverts (fictif)",
    kind: "association",
    notes: "Organisation fictive (démo)",
  },
  {
    key: "fictif-rivieres-en-commun",
    name: "Association Rivières en commun (fictive)",
    kind: "association",
    territory: "Gard (30)",
    notes: "Organisation fictive (démo)",
  },
  {
    key: "fictif-outils-partages",
    name: "Association Outils partagés des campagnes (fictive)",
    kind: "association",
    territory: "Orne (61)",
    notes: "Organisation fictive (démo)",
  },
  {
    key: "fictif-memoires-transcrites",
    name: "Association Mémoires transcrites (fictive)",
    kind: "association",
    notes: "Organisation fictive (démo)",
  },
];
