// The 9 laureates of season 1, in the order of the closing booklet (29/11/2022).
// tagline / mission / publicServiceContribution / achievements / nextSteps are taken from
// the booklet (accents restored on capitals, obvious typos fixed). Quotes are the booklet's
// anonymous quotes (they name nobody). Contacts are FICTIONAL people: the documents'
// real names, e-mails and phone numbers are never used.
// Track: season 1 had a single DINUM-led accompaniment; the track is assigned here with the
// season-2 rule (DINUM = mainly digital commons, DITP = the others).
import type { DemoLaureate } from './types.js';

export const season1Laureates: DemoLaureate[] = [
  // 1. -------------------------------------------------------------------------
  {
    key: "infoclimat",
    name: "Infoclimat",
    track: "dinum",
    carrierKey: "asso-infoclimat",
    tagline: "Collecter, produire et valoriser les données météo ouvertes ainsi que les connaissances autour des changements climatiques",
    mission: "Nous proposons de créer une fédération d'acteurs, de producteurs et d'utilisateurs de données météo, afin d'accroître la qualité des analyses climatologiques et des prévisions météorologiques, dans un souci de pédagogie et de sensibilisation du grand public au changement climatique.",
    publicServiceContribution: "Nous venons compléter le service public avec Météo France et le Ministère de la transition écologique et de la cohésion des territoires pour créer un grand commun numérique des données météorologiques et climatiques publiques.",
    website: "https://asso.infoclimat.fr/",
    themes: ["climat", "météorologie", "données ouvertes"],
    territory: "National",
    renewed: true,
    nextSteps: [
      "2022 : ouverture de 5 nouvelles stations météorologiques dans 5 départements (02, 13, 55, 77, 27)",
      "2023 : prototypage et installation sur les toits des établissements publics d'une nouvelle station météorologique autonome",
    ].join("\n"),
    partners: [
      { organisationKey: "departement-gard", purpose: "deployment" },
      { organisationKey: "parc-national-mercantour", purpose: "deployment" },
      { organisationKey: "pnr-normandie-maine", purpose: "deployment", notes: "Cité « Parc national … de Normandie/ Maine »" },
      { organisationKey: "pnr-vosges-du-nord", purpose: "deployment", notes: "Cité « Parc national … des Vosges Nord »" },
      { organisationKey: "parc-national-calanques", purpose: "deployment" },
      { organisationKey: "ministere-agriculture", purpose: "deployment" },
      { organisationKey: "cnes", purpose: "deployment" },
      { organisationKey: "meteo-france", purpose: "information_system", notes: "Échanges renforcés avec Météo France via le Ministère de la Transition écologique" },
      { organisationKey: "ministere-transition-ecologique", purpose: "information_system", notes: "Intermédiaire des échanges renforcés avec Météo France" },
      { organisationKey: "etalab", purpose: "information_system", notes: "Partenariat avec Etalab" },
    ],
    achievements: [
      {
        axis: "integrate",
        supportType: "networking",
        title: "Liens renforcés avec Etalab et ouverture des données",
        description: "Renforcer nos liens avec Etalab et aller plus loin dans l'ouverture des données",
      },
      {
        axis: "consolidate",
        supportType: "methodological",
        title: "Gouvernance d'une organisation 100 % bénévole consolidée",
        description: "Consolider la gouvernance de notre organisation qui était depuis 20 ans 100 % bénévole",
      },
      {
        axis: "consolidate",
        supportType: "financial",
        title: "Infrastructure technique sécurisée",
        description: "Sécuriser notre infrastructure technique",
      },
    ],
    results: [
      "5 nouvelles stations météorologiques productrices de données ouvertes dans 5 départements (02, 13, 55, 77, 27)",
      "1 personne embauchée grâce au financement de l'AIC",
      "6 mois pour faire ce qui était prévu en 2 ans",
    ],
    quote: "Le coup d'accélérateur a été flagrant. Nous avons fait en 6 mois ce que nous espérions faire en 2 ans. Grâce à l'AIC nous avons pu embaucher une personne et investir dans notre infrastructure technique. C'est une vraie bouffée d'oxygène.",
    contacts: [
      { firstName: "Camille", lastName: "Exemple", email: "camille.exemple@infoclimat.example", phone: "+33 1 00 00 00 01", jobTitle: "Président·e de l'association", roleInProject: "Président·e" },
      { firstName: "Dominique", lastName: "Fictif", email: "dominique.fictif@infoclimat.example", phone: null, jobTitle: "Responsable technique (salarié·e)", roleInProject: "Coordinateur·rice technique" },
    ],
  },

  // 2. -------------------------------------------------------------------------
  {
    key: "ma-dada",
    name: "Ma Dada",
    track: "dinum",
    carrierKey: "asso-ma-dada",
    tagline: "Simplifier et améliorer l'accès aux documents administratifs pour tous les citoyens.",
    mission: "Nous proposons un portail unique pour centraliser les demandes d'accès et publier les documents administratifs.",
    publicServiceContribution: "Nous venons compléter le service public avec l'administration pour systématiser l'accès aux documents « publiables ».",
    website: "https://madada.fr/",
    themes: ["transparence", "accès aux documents administratifs", "données ouvertes"],
    territory: "National",
    renewed: true,
    nextSteps: [
      "2022 : mise en question du positionnement de « poil à gratter » de l'association vis-à-vis de la Commission d'accès aux documents administratifs",
      "2023 : mise en relation avec le réseau des Administrateurs ministériels des données, des algorithmes et des codes sources",
    ].join("\n"),
    // No heading in the booklet for these partners: purpose inferred from the achievements.
    partners: [
      { organisationKey: "siaf", purpose: "regulation", notes: "Droit d'accès aux documents administratifs" },
      { organisationKey: "ministere-culture", purpose: "regulation", notes: "Droit d'accès aux documents administratifs" },
      { organisationKey: "defenseur-des-droits", purpose: "expertise" },
    ],
    achievements: [
      {
        axis: "integrate",
        supportType: "networking",
        title: "Portes ouvertes dans les administrations sur le droit d'accès",
        description: "Ouvrir des portes dans les administrations en matière de droit d'accès (SIAF, Ministère de la culture)",
      },
      {
        axis: "consolidate",
        supportType: "legal_administrative",
        title: "Conformité juridique de la plateforme évaluée",
        description: "Évaluer la conformité juridique de notre plateforme",
      },
    ],
    results: [],
    quote: "Nous ne voyons pas d'autres acteurs que l'AIC, un acteur étatique, pour créer ce lien avec l'administration. Nous aurions pu nous faire accompagner par d'autres acteurs qui auraient eu une approche plus produit ou design mais ça n'aurait pas répondu à notre besoin sur le lien à l'administration.",
    contacts: [
      { firstName: "Alex", lastName: "Démo", email: "alex.demo@ma-dada.example", phone: "+33 1 00 00 00 02", jobTitle: "Membre du bureau de l'association", roleInProject: "Coordinateur·rice" },
      { firstName: "Sacha", lastName: "Spécimen", email: "sacha.specimen@ma-dada.example", phone: null, jobTitle: "Développeur·se bénévole", roleInProject: "Responsable de la plateforme" },
    ],
  },

  // 3. -------------------------------------------------------------------------
  {
    key: "open-data-university",
    name: "Open Data University",
    track: "dinum",
    carrierKey: "latitudes",
    tagline: "Renforcer la sensibilisation des étudiants à la réutilisation de données publiques pour des projets d'intérêt général",
    mission: "Nous proposons un programme (accessible à tous les établissements qui forment aux métiers du numérique) permettant d'initier les étudiants à l'Open Data (fonctionnement, enjeux, cas d'usage) et d'agir en créant des services publics augmentés dans le cadre de leurs études.",
    publicServiceContribution: "Nous venons compléter le service public avec l'Enseignement supérieur et la DINUM pour créer un programme d'enseignement à la valorisation des données ouvertes.",
    website: "https://www.latitudes.cc/",
    themes: ["données ouvertes", "enseignement supérieur", "formation"],
    territory: "National",
    renewed: false,
    nextSteps: [
      "2022 : structuration du service et des partenariats en lien avec l'AIC",
      "2023 : 700 étudiants de 36 universités vont bénéficier de 20 enseignements de l'ODU (design, data journalisme, datavisualisation, humanités numériques, product management, machine learning)",
    ].join("\n"),
    partners: [
      { organisationKey: "etalab", purpose: "deployment" },
      { organisationKey: "mesr", purpose: "deployment" },
      { organisationKey: "universites-odu", purpose: "deployment", notes: "36 universités" },
    ],
    achievements: [
      {
        axis: "consolidate",
        supportType: "technical",
        title: "Jeux de données identifiés pour les premiers défis",
        description: "Identifier des jeux de données à réutiliser pour élaborer les premiers défis",
      },
      {
        axis: "integrate",
        supportType: "networking",
        title: "Programme reconnu par le ministère de l'Enseignement supérieur",
        description: "Faire reconnaître notre programme par le ministère de l'enseignement supérieur",
      },
      {
        axis: "deploy",
        supportType: "networking",
        title: "Diffusion accrue dans l'enseignement supérieur",
        description: "Booster la diffusion de notre programme dans le monde de l'enseignement supérieur",
      },
    ],
    results: [
      "Projet présenté à 60 DNum (directions du numérique) d'universités en une semaine",
      "700 étudiants de 36 universités bénéficiaires de 20 enseignements de l'ODU en 2023",
    ],
    quote: "En l'espace d'une semaine, l'AIC nous a permis d'améliorer notre réseau et de présenter notre projet à 60 DNum (Direction du Numérique) d'universités.",
    contacts: [
      { firstName: "Claude", lastName: "Modèle", email: "claude.modele@open-data-university.example", phone: "+33 1 00 00 00 03", jobTitle: "Responsable de programme", roleInProject: "Coordinateur·rice" },
      { firstName: "Lou", lastName: "Prototype", email: "lou.prototype@open-data-university.example", phone: null, jobTitle: "Chargé·e des partenariats universitaires", roleInProject: "Chargé·e de partenariats" },
    ],
  },

  // 4. -------------------------------------------------------------------------
  {
    key: "parlons-democratie",
    name: "Parlons démocratie",
    track: "ditp",
    carrierKey: "asso-parlons-democratie",
    tagline: "Faire connaître aux jeunes les fonctionnements de la démocratie.",
    mission: "Nous proposons des outils et méthodes pédagogiques nouvelles en lien avec l'enseignement moral et civique.",
    publicServiceContribution: "Nous venons compléter le service public avec l'Éducation nationale afin de préparer les jeunes à vivre pleinement leur citoyenneté.",
    website: "https://www.parlons-democratie.fr/",
    themes: ["citoyenneté", "éducation", "jeunesse"],
    territory: "National",
    renewed: false,
    nextSteps: [
      "2022 : interventions dans 3 nouvelles académies. Obtention de la reconnaissance d'utilité publique. Obtention de l'agrément du ministère de l'Éducation nationale",
      "2023 : POC de nouveaux formats d'éducation civique dans 3 territoires de l'académie de Dijon, participation à l'élaboration du Passeport Educ-droit du Ministère de la Justice x Ministère de l'Éducation nationale",
    ].join("\n"),
    // No heading in the booklet for these partners: purpose inferred from the achievements.
    partners: [
      { organisationKey: "ministere-justice", purpose: "expertise", notes: "Réflexion sur un nouveau projet d'éducation au droit (Passeport Educ-droit)" },
      { organisationKey: "menj", purpose: "regulation", notes: "Reconnaissance de la méthode et procédure d'agrément national" },
      { organisationKey: "academie-dijon", purpose: "deployment", notes: "Convention et expérimentations dans 3 territoires de l'académie" },
      { organisationKey: "cour-des-comptes", purpose: "other" },
      { organisationKey: "aphg", purpose: "expertise" },
    ],
    achievements: [
      {
        axis: "integrate",
        supportType: "legal_administrative",
        title: "Méthode reconnue par l'Éducation nationale (agrément national)",
        description: "Accroître la reconnaissance de notre méthode auprès de l'Éducation nationale (sécuriser la procédure d'agrément national)",
      },
      {
        axis: "deploy",
        supportType: "networking",
        title: "Présentation à plusieurs académies et convention avec l'académie de Dijon",
        description: "Présenter notre projet devant plusieurs académies et conventionner avec l'académie de Dijon",
      },
      {
        axis: "integrate",
        supportType: "networking",
        title: "Projet d'éducation au droit avec le ministère de la Justice",
        description: "Participer à la réflexion d'un nouveau projet d'éducation au droit avec le ministère de la justice",
      },
    ],
    results: [
      "Convention signée avec l'académie de Dijon",
      "Interventions dans 3 nouvelles académies (2022)",
      "3 expérimentations de nouveaux formats d'éducation civique dans l'académie de Dijon (2023)",
    ],
    quote: "C'est un vrai coup de pouce de notoriété. Nous allons lancer trois expérimentations de projets innovants dans l'académie de Dijon. Cela est possible car nous avions pu montrer 'patte blanche' avec l'AIC.",
    contacts: [
      { firstName: "Charlie", lastName: "Maquette", email: "charlie.maquette@parlons-democratie.example", phone: "+33 1 00 00 00 04", jobTitle: "Président·e de l'association", roleInProject: "Président·e" },
      { firstName: "Morgan", lastName: "Fictif", email: "morgan.fictif@parlons-democratie.example", phone: null, jobTitle: "Responsable pédagogique", roleInProject: "Coordinateur·rice pédagogique" },
    ],
  },

  // 5. -------------------------------------------------------------------------
  {
    key: "permis-de-construire",
    name: "Permis de construire",
    track: "ditp",
    carrierKey: "asso-permis-de-construire",
    tagline: "Offrir un parcours intégré et rapproché de réinsertion aux personnes sous main de justice, sur tous les aspects de la vie.",
    mission: "Nous proposons un parcours de réinsertion complet et proactif, avec une approche humaine, holistique et empouvoirante.",
    publicServiceContribution: "Nous venons compléter le service public en permettant aux personnes sous main de justice d'être actrices de leur réinsertion avec notamment la justice, le logement, la santé, les solidarités et l'emploi.",
    website: "https://www.assopermisdeconstruire.org/",
    themes: ["réinsertion", "justice", "logement", "emploi"],
    territory: "National",
    renewed: true,
    nextSteps: [
      "2022 : ouverture de 3 antennes dans le 44, le 35 et le 56",
      "2023 : création d'une structure chapeau nationale et mise à disposition de l'outil de suivi et d'accompagnement du public justice en réinsertion pour tout le territoire.",
    ].join("\n"),
    partners: [
      { organisationKey: "ministere-justice", purpose: "other", notes: "Listé hors rubrique dans le livret" },
      { organisationKey: "spip-44", purpose: "deployment" },
      { organisationKey: "spip-56", purpose: "deployment" },
      { organisationKey: "spip-33", purpose: "deployment" },
      { organisationKey: "spip-34", purpose: "deployment" },
      { organisationKey: "atigip", purpose: "deployment" },
      { organisationKey: "dap", purpose: "deployment" },
      { organisationKey: "dihal", purpose: "deployment" },
    ],
    achievements: [
      {
        axis: "integrate",
        supportType: "networking",
        title: "Communauté de travail interministérielle (Justice, Emploi, Santé, Logement)",
        description: "Mettre en place une communauté de travail interministérielle (Justice, Emploi, Santé et Logement)",
      },
      {
        axis: "consolidate",
        supportType: "methodological",
        title: "Parcours usagers réinterrogé et solidifié",
        description: "Réinterroger notre parcours usagers et le solidifier",
      },
      {
        axis: "integrate",
        supportType: "networking",
        title: "Soutien national et orientation vers les services locaux",
        description: "Obtenir un fort soutien du national et être redirigé vers des services locaux adaptés",
      },
      {
        axis: "deploy",
        supportType: "methodological",
        title: "Modèle répliqué sur de nouveaux territoires",
        description: "Répliquer notre modèle sur de nouveaux territoires",
      },
    ],
    results: [
      "3 nouvelles antennes dans 3 départements (44, 35, 56)",
      "6 mois pour faire ce qui aurait pris 2 ans",
    ],
    quote: "Nous avons fait en 6 mois ce que nous aurions pu faire en 2 ans si j'avais été hyper efficace tout seul. L'accélérateur porte vraiment son nom.",
    contacts: [
      { firstName: "Jules", lastName: "Exemple", email: "jules.exemple@permis-de-construire.example", phone: "+33 1 00 00 00 05", jobTitle: "Fondateur·rice et directeur·rice", roleInProject: "Porteur·se de projet" },
      { firstName: "Andrea", lastName: "Démo", email: "andrea.demo@permis-de-construire.example", phone: null, jobTitle: "Coordinateur·rice des antennes", roleInProject: "Coordinateur·rice" },
    ],
  },

  // 6. -------------------------------------------------------------------------
  {
    key: "snu-augmente",
    name: "Service National Universel Augmenté",
    track: "ditp",
    carrierKey: "makesense",
    tagline: "Permettre à des milliers de jeunes de s'engager bénévolement pour la solidarité et l'environnement.",
    mission: "Nous proposons des missions d'intérêt général collectives et autonomes pour permettre à tous les jeunes qui le souhaitent de s'engager pour la solidarité et l'environnement.",
    publicServiceContribution: "Nous venons compléter le service public en enrichissant les missions d'intérêt général du SNU.",
    website: "https://makesense.org/",
    themes: ["engagement", "jeunesse", "solidarité", "environnement"],
    territory: "Île-de-France",
    renewed: false,
    nextSteps: [
      "2022 : expérimentation du parcours dans deux territoires franciliens, 300 jeunes en mission",
      "1er semestre 2023 : 100 tuteurs et tutrices bénévoles formés pour les missions dans 12 villes en France",
      "2e semestre 2023 : 2000 places pour des jeunes du SNU dans 12 villes en France",
    ].join("\n"),
    partners: [
      { organisationKey: "direction-snu", purpose: "deployment" },
      { organisationKey: "referents-departementaux-snu", purpose: "deployment" },
      { organisationKey: "api-engagement", purpose: "information_system" },
      { organisationKey: "jeveuxaider", purpose: "information_system" },
    ],
    achievements: [
      {
        axis: "deploy",
        supportType: "methodological",
        title: "9 expérimentations dans le parcours SNU en Île-de-France",
        description: "Déployer notre projet au plus près des usagers en réalisant 9 expérimentations dans le parcours SNU en Île-de-France",
      },
      {
        axis: "integrate",
        supportType: "networking",
        title: "Participation au collège des associations du projet de loi SNU",
        description: "Assurer la participation de Makesense au collège des associations qui sera réuni dans le cadre du projet de loi SNU",
      },
    ],
    results: [
      "9 expérimentations dans le parcours SNU en Île-de-France",
      "300 jeunes en mission en 2022",
      "100 tuteurs et tutrices bénévoles formés (1er semestre 2023)",
      "2 000 places pour des jeunes du SNU dans 12 villes (2e semestre 2023)",
    ],
    quote: "Nous aurions pu faire sans (l'AIC) mais pas aussi vite. Nous avions lancé le programme il y a 9 mois. L'AIC nous a permis sur une période de 6 mois de tisser des liens avec les administrations (...). C'est une carte supplémentaire à jouer dans la relation.",
    contacts: [
      { firstName: "Noa", lastName: "Spécimen", email: "noa.specimen@snu-augmente.example", phone: "+33 1 00 00 00 06", jobTitle: "Responsable du programme SNU Augmenté", roleInProject: "Chef·fe de projet" },
      { firstName: "Eden", lastName: "Illustratif", email: "eden.illustratif@snu-augmente.example", phone: null, jobTitle: "Chargé·e des partenariats publics", roleInProject: "Chargé·e de partenariats" },
    ],
  },

  // 7. -------------------------------------------------------------------------
  {
    key: "sport-inclusif",
    name: "Sport inclusif",
    track: "ditp",
    carrierKey: "asso-sport-inclusif",
    tagline: "Permettre aux enfants en situation de handicap d'avoir accès au sport dans n'importe quelle structure sportive.",
    mission: "Nous proposons de déployer une solution clés en main permettant aux clubs sportifs d'avoir une politique d'inclusion proactive.",
    publicServiceContribution: "Nous venons compléter le service public avec le ministère des sports afin de faire de la pratique sportive un espace d'inclusion.",
    website: "https://www.lesenfantsdelaballe.org/",
    themes: ["sport", "handicap", "inclusion"],
    territory: "Hauts-de-France",
    renewed: true,
    nextSteps: [
      "2022 : activation d'un réseau interministériel (6 organisations) : Ministère des sports, Centre d'expertise sport handicap (CESH), DRAJES Hauts-de-France, Comité paralympique et sportif français, Communauté 360 Nord, Association Nationale des Directeurs et des Intervenants d'Installations et des Services des Sports (ANDISS)",
      "Soutien de l'ANDISS au recrutement de clubs accompagnés par l'association sport inclusif",
    ].join("\n"),
    // No heading in the booklet for these partners: purpose inferred from the content.
    partners: [
      { organisationKey: "ministere-sports", purpose: "expertise" },
      { organisationKey: "cesh", purpose: "expertise" },
      { organisationKey: "drajes-hauts-de-france", purpose: "deployment" },
      { organisationKey: "cpsf", purpose: "expertise" },
      { organisationKey: "communaute-360-nord", purpose: "deployment" },
      { organisationKey: "andiiss", purpose: "deployment", notes: "Soutien au recrutement de clubs accompagnés par l'association" },
    ],
    achievements: [
      {
        axis: "consolidate",
        supportType: "methodological",
        title: "Parcours usager restructuré et solidifié",
        description: "Restructurer notre parcours usager et le solidifier",
      },
      {
        axis: "consolidate",
        supportType: "technical",
        title: "Structure outillée pour gagner en efficience",
        description: "Outiller notre structure pour être plus efficient",
      },
      {
        axis: "integrate",
        supportType: "networking",
        title: "Réseau interministériel activé (Sports, DGCS…)",
        description: "Activer un réseau interministériel : ministère des Sports, direction générale de la cohésion sociale, etc.",
      },
    ],
    results: [
      "Réseau interministériel de 6 organisations activé",
      "En 3 mois, des mises en relation équivalentes à 5 ans d'existence",
    ],
    quote: "L'AIC nous a permis de définir une stratégie et de former des bénévoles à aller chercher des clubs via des prescripteurs comme les mairies.",
    contacts: [
      { firstName: "Maxime", lastName: "Factice", email: "maxime.factice@sport-inclusif.example", phone: "+33 1 00 00 00 07", jobTitle: "Directeur·rice de l'association", roleInProject: "Porteur·se de projet" },
      { firstName: "Yaël", lastName: "Modèle", email: "yael.modele@sport-inclusif.example", phone: null, jobTitle: "Responsable du réseau de bénévoles", roleInProject: "Coordinateur·rice" },
    ],
  },

  // 8. -------------------------------------------------------------------------
  {
    key: "vikidia",
    name: "Vikidia",
    track: "dinum",
    carrierKey: "asso-vikidia",
    tagline: "Une encyclopédie libre, multilingue et écrite collaborativement par les enfants et adolescents dès 8 ans, sur Internet avec la technologie wiki.",
    mission: "Nous proposons des outils et des formations afin d'intégrer la collaboration et la contribution à l'école.",
    publicServiceContribution: "Nous venons compléter le service public avec l'Éducation Nationale en intégrant la culture de la contribution et du logiciel libre à l'école.",
    website: "https://fr.vikidia.org/wiki/Vikidia:Accueil",
    themes: ["éducation", "contribution", "logiciel libre"],
    territory: "National",
    renewed: true,
    nextSteps: [
      "1er semestre 2023 : création et diffusion de vidéos tutoriels sur le fonctionnement de Vikidia sur M@gistère, la plateforme pédagogique en ligne du Ministère de l'Éducation nationale et de la Jeunesse",
      "2e semestre 2023 : ateliers contributifs pour les jeunes en partenariat avec le Centre de Liaison de l'Enseignement et des Médias d'Information dans le cadre de la fête de la Science dans les académies de Toulouse, Créteil, Nice et Paris",
    ].join("\n"),
    // No heading in the booklet for these partners: purpose inferred from the next steps.
    partners: [
      { organisationKey: "etalab", purpose: "expertise", notes: "Etalab, DINUM" },
      { organisationKey: "dne", purpose: "deployment", notes: "Vidéos tutoriels diffusées sur M@gistère" },
      { organisationKey: "clemi", purpose: "deployment", notes: "Ateliers contributifs pour la fête de la Science" },
    ],
    achievements: [
      {
        axis: "deploy",
        supportType: "methodological",
        title: "Notoriété et appropriation par les enseignants (supports tutoriaux)",
        description: "Améliorer la notoriété et l'appropriation de notre solution par les enseignants en éditant des supports tutoriaux",
      },
      {
        axis: "consolidate",
        supportType: "financial",
        title: "Gouvernance consolidée et premier recrutement",
        description: "Consolider notre gouvernance et la structuration de notre association en recrutant une première personne",
      },
      {
        axis: "consolidate",
        supportType: "technical",
        title: "Solution enrichie pour la pratique pédagogique",
        description: "Enrichir notre solution pour la pratique pédagogique",
      },
    ],
    results: [
      "1re personne recrutée par l'association",
      "Ateliers contributifs prévus dans 4 académies (Toulouse, Créteil, Nice, Paris) en 2023",
    ],
    quote: "L'AIC nous a rendu tout à fait autonomes dans la relation avec les administrations. Nous avons bénéficié d'un temps dédié pour échanger de manière plus approfondie.",
    contacts: [
      { firstName: "Robin", lastName: "Prototype", email: "robin.prototype@vikidia.example", phone: "+33 1 00 00 00 08", jobTitle: "Président·e de l'association", roleInProject: "Président·e" },
      { firstName: "Ange", lastName: "Exemple", email: "ange.exemple@vikidia.example", phone: null, jobTitle: "Chargé·e de développement (1re salariée)", roleInProject: "Chargé·e de projet" },
    ],
  },

  // 9. -------------------------------------------------------------------------
  {
    key: "vivons-en-forme",
    name: "Vivons en forme",
    track: "ditp",
    carrierKey: "asso-vivons-en-forme",
    tagline: "Développer la prévention auprès des enfants dans le cadre périscolaire.",
    mission: "Nous proposons des formations, des outils et un accompagnement permettant aux agents publics locaux de mettre en place des actions de sensibilisation.",
    publicServiceContribution: "Nous venons compléter les politiques de santé en agissant auprès des mairies pour faire de tous les enfants et citoyens de demain, des acteurs de leur capital santé.",
    website: "https://vivonsenforme.org/",
    themes: ["santé", "prévention", "enfance", "collectivités"],
    territory: "National",
    renewed: false,
    nextSteps: [
      "2022 : déclinaison du programme VIF pour les communes rurales (partenariat Association des Maires Ruraux de France)",
      "Projets de déploiement dans l'est de la France, en Normandie et dans les DOM-TOM",
    ].join("\n"),
    partners: [
      { organisationKey: "amrf", purpose: "deployment" },
      { organisationKey: "anct", purpose: "deployment", notes: "Service Quartiers prioritaires de la ville" },
      { organisationKey: "ministere-sports", purpose: "deployment" },
    ],
    achievements: [
      {
        axis: "integrate",
        supportType: "networking",
        title: "Échanges engagés avec le président de l'AMRF (collectivités rurales)",
        description: "Entamer des échanges avec le président de l'AMRF (expérimentations possibles sur un modèle appliqué aux collectivités rurales)",
      },
      {
        axis: "integrate",
        supportType: "networking",
        title: "Mise en relation avec l'ANCT et le service Quartiers prioritaires",
        description: "Nous mettre en relation avec l'Agence nationale de la cohésion des territoires et le service Quartiers prioritaires de la ville",
      },
    ],
    results: [
      "Programme VIF décliné pour les communes rurales en partenariat avec l'AMRF (2022)",
    ],
    quote: "Le vrai point fort de l'AIC c'est de pouvoir renforcer le lien avec l'administration. (...) La caution AIC de l'administration, c'est aussi un moyen d'être audible.",
    contacts: [
      { firstName: "Sasha", lastName: "Fictif", email: "sasha.fictif@vivons-en-forme.example", phone: "+33 1 00 00 00 09", jobTitle: "Délégué·e général·e", roleInProject: "Porteur·se de projet" },
      { firstName: "Alix", lastName: "Maquette", email: "alix.maquette@vivons-en-forme.example", phone: null, jobTitle: "Responsable du déploiement territorial", roleInProject: "Coordinateur·rice" },
    ],
  },
];
