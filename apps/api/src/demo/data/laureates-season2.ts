// Season 2 ("communs") — 4 CLEARLY FICTIONAL laureates for the demo.
// Projects, carriers and people are invented; the public organisations they deal with are
// real ones from organisations.ts. All dates are day offsets relative to "today"
// (negative = past, positive = future) so that the demo always looks current.
// Demo scenarios:
// - cadastre-solaire-libre: on_track, active;
// - sentinelles-des-rivieres: at_risk (overdue actions, stalled agreement);
// - outiltheque-commune: blocked (insurance / legal question);
// - transcrire-ensemble: on_track but no interaction for more than 30 days (alert).
import type { DemoSeason2Laureate } from './types.js';

export const season2Laureates: DemoSeason2Laureate[] = [
  // 1. Digital commons, on track ------------------------------------------------
  {
    key: "s2-cadastre-solaire-libre",
    name: "Cadastre solaire libre",
    track: "dinum",
    carrierKey: "fictif-toits-ouverts",
    tagline: "Lauréat fictif de démonstration — cartographier en données ouvertes le potentiel solaire des toitures publiques.",
    mission: "Nous proposons un outil libre et des données ouvertes pour estimer le potentiel solaire de chaque toiture publique, enrichis par les contributions des communes et des habitants.",
    publicServiceContribution: "Nous venons compléter le service public avec les collectivités et les services de l'État chargés de la transition énergétique pour partager un commun numérique sur le potentiel solaire du bâti public.",
    website: null,
    themes: ["énergie", "données ouvertes", "logiciel libre", "collectivités"],
    territory: "National",
    nextSteps: [
      "Dans 2 mois : migration de l'hébergement et publication du jeu de données sur data.gouv.fr",
      "Dans 5 mois : 20 communes pilotes du Gard équipées de l'outil",
    ].join("\n"),
    health: "on_track",
    healthReason: null,
    diagnostic: {
      heldInDays: -140,
      participants: "Équipe projet (présidence et coordination technique), chargé·e d'accélération DINUM, référent·e interministériel·le Etalab",
      strengths: "Code source publié sous licence libre, communauté d'une quarantaine de contributeurs actifs, trois communes utilisatrices satisfaites.",
      weaknesses: "Gouvernance informelle, hébergement sur un serveur personnel, modèle reposant entièrement sur le bénévolat.",
      needsConsolidate: "Formaliser la gouvernance du commun (charte de contribution, comité de pilotage) et migrer vers une infrastructure d'hébergement pérenne.",
      needsIntegrate: "Publier les données sur data.gouv.fr, accéder aux données publiques de bâti et d'imagerie, être identifié par les services de l'État chargés de l'énergie.",
      needsDeploy: "Passer de 3 à 20 communes pilotes en s'appuyant sur un département volontaire.",
    },
    objectives: [
      { axis: "consolidate", title: "Pérenniser l'infrastructure technique", description: "Migrer l'application et la base de données vers un hébergement mutualisé, sauvegardé et documenté.", targetInDays: 45, status: "open" },
      { axis: "consolidate", title: "Formaliser la gouvernance du commun", description: "Adopter une charte de contribution et installer un comité de pilotage ouvert aux communes utilisatrices.", targetInDays: -20, status: "achieved" },
      { axis: "integrate", title: "Publier les données sur data.gouv.fr", description: "Publier le jeu de données du potentiel solaire sous Licence Ouverte avec une mise à jour trimestrielle.", targetInDays: 30, status: "open" },
      { axis: "deploy", title: "Déployer l'outil dans 20 communes du Gard", description: "Accompagner 20 communes pilotes du département du Gard dans l'usage de l'outil.", targetInDays: 150, status: "open" },
    ],
    actions: [
      { axis: "consolidate", supportType: "technical", title: "Audit de l'hébergement actuel", description: "Faire auditer l'hébergement et les sauvegardes par un·e expert·e de la DINUM.", status: "done", dueInDays: -60, doneInDays: -62, objectiveIndex: 0, outcome: "Audit livré : migration recommandée vers un hébergeur mutualisé, sauvegardes à automatiser." },
      { axis: "consolidate", supportType: "methodological", title: "Atelier gouvernance du commun", description: "Animer un atelier avec les contributeurs et les communes pour rédiger la charte et définir le comité de pilotage.", status: "done", dueInDays: -40, doneInDays: -36, objectiveIndex: 1, outcome: "Charte de contribution adoptée ; comité de pilotage constitué (5 communes, 2 contributeurs)." },
      { axis: "consolidate", supportType: "financial", title: "Dossier de subvention pour la migration d'hébergement", description: "Monter la demande de subvention couvrant deux ans d'hébergement et la migration.", status: "in_progress", dueInDays: 10, doneInDays: null, objectiveIndex: 0, outcome: null },
      { axis: "integrate", supportType: "technical", title: "Préparer la publication du jeu de données", description: "Documenter les métadonnées et le schéma du jeu de données avant publication sur data.gouv.fr.", status: "in_progress", dueInDays: -5, doneInDays: null, objectiveIndex: 2, outcome: null },
      { axis: "integrate", supportType: "networking", title: "Mise en relation avec le CNES (imagerie satellitaire)", description: "Identifier les produits d'imagerie utiles à l'estimation du potentiel solaire.", status: "planned", dueInDays: 20, doneInDays: null, objectiveIndex: null, outcome: null },
      { axis: "deploy", supportType: "networking", title: "Présentation au Département du Gard", description: "Présenter l'outil au service énergie du Département et proposer un appel aux communes pilotes.", status: "done", dueInDays: -15, doneInDays: -18, objectiveIndex: 3, outcome: "Le Département accepte de relayer l'appel aux communes pilotes." },
      { axis: "deploy", supportType: "methodological", title: "Kit d'accompagnement des communes pilotes", description: "Rédiger un guide de prise en main et un modèle de délibération pour les communes.", status: "planned", dueInDays: 60, doneInDays: null, objectiveIndex: 3, outcome: null },
      { axis: "deploy", supportType: "networking", title: "Hackathon de lancement", description: "Hackathon prévu pour lancer le déploiement, remplacé par des ateliers en ligne plus adaptés aux agents communaux.", status: "cancelled", dueInDays: -30, doneInDays: null, objectiveIndex: null, outcome: null },
    ],
    interactions: [
      { kind: "meeting", occurredInDays: -140, title: "Diagnostic partagé", summary: "Revue du projet, de l'équipe et des besoins ; trois axes prioritaires identifiés (hébergement, gouvernance, publication des données).", followUp: "Rédiger la feuille de route d'accompagnement.", organisationKey: null },
      { kind: "introduction", occurredInDays: -50, title: "Mise en relation avec Etalab", summary: "Présentation du projet à l'équipe data.gouv.fr ; accord de principe pour une publication sous Licence Ouverte.", followUp: "Préparer les métadonnées du jeu de données.", organisationKey: "etalab" },
      { kind: "workshop", occurredInDays: -36, title: "Atelier gouvernance du commun", summary: "Atelier de trois heures avec 12 participants ; charte de contribution adoptée.", followUp: null, organisationKey: null },
      { kind: "introduction", occurredInDays: -18, title: "Mise en relation avec le Département du Gard", summary: "Rencontre avec le service énergie ; le Département relaiera l'appel aux communes pilotes.", followUp: "Envoyer le kit de présentation aux communes.", organisationKey: "departement-gard" },
      { kind: "call", occurredInDays: -7, title: "Point mensuel d'accompagnement", summary: "Avancement de la feuille de route : publication des données légèrement en retard, subvention en cours de rédaction.", followUp: "Relire le dossier de subvention avant dépôt.", organisationKey: null },
      { kind: "email", occurredInDays: -2, title: "Relecture du dossier de subvention", summary: "Envoi des commentaires sur le budget et le calendrier de migration.", followUp: null, organisationKey: null },
    ],
    partners: [
      { organisationKey: "etalab", purpose: "data", status: "agreement", sinceInDays: -50, notes: "Publication sur data.gouv.fr convenue" },
      { organisationKey: "departement-gard", purpose: "deployment", status: "meeting_held", sinceInDays: -18 },
      { organisationKey: "ministere-transition-ecologique", purpose: "expertise", status: "introduced", sinceInDays: -25 },
      { organisationKey: "cnes", purpose: "data", status: "identified", sinceInDays: -10 },
      { organisationKey: "anct", purpose: "deployment", status: "identified", sinceInDays: -5 },
    ],
    contacts: [
      { firstName: "Élise", lastName: "Imaginaire", email: "elise.imaginaire@cadastre-solaire-libre.example", phone: "+33 1 00 00 00 21", jobTitle: "Présidente du collectif", roleInProject: "Présidente" },
      { firstName: "Tom", lastName: "Factice", email: "tom.factice@cadastre-solaire-libre.example", phone: null, jobTitle: "Développeur bénévole", roleInProject: "Coordinateur technique" },
    ],
  },

  // 2. Non-digital commons (water), at risk --------------------------------------
  {
    key: "s2-sentinelles-des-rivieres",
    name: "Sentinelles des rivières",
    track: "ditp",
    carrierKey: "fictif-rivieres-en-commun",
    tagline: "Lauréat fictif de démonstration — des habitants qui surveillent ensemble la qualité des petits cours d'eau.",
    mission: "Nous proposons un réseau de bénévoles formés qui réalisent des relevés réguliers de la qualité des petits cours d'eau et partagent leurs observations avec les gestionnaires des milieux.",
    publicServiceContribution: "Nous venons compléter le service public avec les gestionnaires d'espaces naturels et les services de l'État pour mieux connaître et préserver les rivières, bien commun de tous.",
    website: null,
    themes: ["eau", "biodiversité", "sciences participatives"],
    territory: "Gard (30), Alpes-Maritimes (06)",
    nextSteps: [
      "Dans 1 mois : signature de la convention avec le Parc national du Mercantour (en retard)",
      "Dans 6 mois : relevés étendus à deux nouveaux bassins versants du Gard",
    ].join("\n"),
    health: "at_risk",
    healthReason: "Le réseau a perdu un tiers de ses bénévoles préleveurs et la convention avec le Parc national du Mercantour attend une signature depuis deux mois.",
    diagnostic: {
      heldInDays: -150,
      participants: "Bureau de l'association, coordinateur·rice des bénévoles, chargé·e d'accélération, référent·e interministériel·le DITP",
      strengths: "Protocole de relevés rigoureux, bénévoles très engagés, séries de mesures sur cinq ans.",
      weaknesses: "Dépendance à quelques bénévoles clés, absence de salarié·e, données partagées sous forme de tableurs non standardisés.",
      needsConsolidate: "Recruter et fidéliser de nouveaux bénévoles, financer des kits de mesure, faire valider le protocole.",
      needsIntegrate: "Conventionner avec les gestionnaires d'espaces naturels pour que les relevés soient pris en compte.",
      needsDeploy: "Étendre les relevés à deux nouveaux bassins versants.",
    },
    objectives: [
      { axis: "consolidate", title: "Stabiliser le réseau de bénévoles", description: "Recruter et former 30 nouveaux bénévoles préleveurs et mettre en place un parcours d'accueil.", targetInDays: 60, status: "open" },
      { axis: "integrate", title: "Valider le protocole de relevés", description: "Faire valider le protocole de mesures par un comité scientifique.", targetInDays: -30, status: "achieved" },
      { axis: "integrate", title: "Conventionner avec le Parc national du Mercantour", description: "Signer une convention d'échange de données et d'accès aux sites de relevés.", targetInDays: -10, status: "open" },
      { axis: "deploy", title: "Ouvrir deux nouveaux bassins versants", description: "Étendre les relevés à deux nouveaux bassins versants dans le Gard.", targetInDays: 180, status: "open" },
    ],
    actions: [
      { axis: "integrate", supportType: "networking", title: "Mise en relation avec le Département du Gard", description: "Présenter le réseau au service environnement du Département.", status: "done", dueInDays: -60, doneInDays: -58, objectiveIndex: 3, outcome: "Intérêt du service environnement ; deux bassins versants candidats proposés." },
      { axis: "integrate", supportType: "methodological", title: "Revue du protocole par un comité scientifique", description: "Organiser la revue du protocole de mesures par des expert·e·s.", status: "done", dueInDays: -35, doneInDays: -32, objectiveIndex: 1, outcome: "Protocole validé avec trois ajustements mineurs." },
      { axis: "consolidate", supportType: "methodological", title: "Campagne de recrutement de bénévoles", description: "Lancer une campagne d'appel à bénévoles avec les communes et les associations locales.", status: "in_progress", dueInDays: -10, doneInDays: null, objectiveIndex: 0, outcome: null },
      { axis: "integrate", supportType: "legal_administrative", title: "Rédaction de la convention avec le parc national", description: "Finaliser le projet de convention (données, accès aux sites, responsabilités).", status: "in_progress", dueInDays: -20, doneInDays: null, objectiveIndex: 2, outcome: null },
      { axis: "consolidate", supportType: "financial", title: "Demande de subvention pour les kits de mesure", description: "Déposer une demande de financement de 20 kits de mesure.", status: "planned", dueInDays: 15, doneInDays: null, objectiveIndex: 0, outcome: null },
      { axis: "deploy", supportType: "methodological", title: "Diagnostic de deux bassins versants candidats", description: "Repérer les sites de relevés et les relais locaux sur les deux bassins proposés.", status: "planned", dueInDays: 45, doneInDays: null, objectiveIndex: 3, outcome: null },
      { axis: "deploy", supportType: "networking", title: "Stand au salon régional de l'eau", description: "Stand prévu pour recruter des bénévoles, annulé faute de bénévoles disponibles pour le tenir.", status: "cancelled", dueInDays: -25, doneInDays: null, objectiveIndex: null, outcome: null },
    ],
    interactions: [
      { kind: "meeting", occurredInDays: -150, title: "Diagnostic partagé", summary: "Forces : protocole et engagement des bénévoles. Fragilités : dépendance à quelques personnes et absence de cadre avec les gestionnaires.", followUp: "Rédiger la feuille de route.", organisationKey: null },
      { kind: "introduction", occurredInDays: -95, title: "Mise en relation avec le Parc national du Mercantour", summary: "Présentation du réseau au service scientifique du parc, intéressé par les relevés en tête de bassin.", followUp: "Transmettre un projet de convention.", organisationKey: "parc-national-mercantour" },
      { kind: "introduction", occurredInDays: -58, title: "Mise en relation avec le Département du Gard", summary: "Échange avec le service environnement ; deux bassins versants candidats identifiés.", followUp: null, organisationKey: "departement-gard" },
      { kind: "workshop", occurredInDays: -33, title: "Comité scientifique sur le protocole", summary: "Revue du protocole par quatre expert·e·s ; validation avec ajustements.", followUp: "Mettre à jour la fiche protocole.", organisationKey: null },
      { kind: "call", occurredInDays: -20, title: "Point d'alerte sur le recrutement de bénévoles", summary: "Un tiers des bénévoles préleveurs a quitté le réseau ; la campagne de recrutement prend du retard.", followUp: "Mobiliser les communes partenaires pour relayer l'appel.", organisationKey: null },
      { kind: "email", occurredInDays: -6, title: "Relance du parc national sur la convention", summary: "Relance sur la signature de la convention, en attente depuis deux mois.", followUp: "Proposer une réunion avec la direction du parc.", organisationKey: "parc-national-mercantour" },
    ],
    partners: [
      { organisationKey: "parc-national-mercantour", purpose: "data", status: "meeting_held", sinceInDays: -95, notes: "Convention en attente de signature" },
      { organisationKey: "departement-gard", purpose: "deployment", status: "introduced", sinceInDays: -58 },
      { organisationKey: "ministere-transition-ecologique", purpose: "expertise", status: "identified", sinceInDays: -40 },
      { organisationKey: "meteo-france", purpose: "data", status: "identified", sinceInDays: -12 },
      { organisationKey: "pnr-vosges-du-nord", purpose: "deployment", status: "dropped", sinceInDays: -70, notes: "Trop éloigné des bassins visés pour cette saison" },
    ],
    contacts: [
      { firstName: "Maël", lastName: "Spécimen", email: "mael.specimen@sentinelles-des-rivieres.example", phone: "+33 1 00 00 00 22", jobTitle: "Président de l'association", roleInProject: "Président" },
      { firstName: "Inès", lastName: "Exemple", email: "ines.exemple@sentinelles-des-rivieres.example", phone: null, jobTitle: "Coordinatrice bénévole du réseau", roleInProject: "Coordinatrice" },
    ],
  },

  // 3. Non-digital commons (shared tools), blocked --------------------------------
  {
    key: "s2-outiltheque-commune",
    name: "Outilthèque commune",
    track: "ditp",
    carrierKey: "fictif-outils-partages",
    tagline: "Lauréat fictif de démonstration — des bibliothèques d'outils partagés dans les mairies rurales.",
    mission: "Nous proposons d'ouvrir dans les mairies rurales des outilthèques où les habitants empruntent gratuitement outils et matériel, gérées collectivement par des bénévoles.",
    publicServiceContribution: "Nous venons compléter le service public avec les communes rurales pour faire des biens partagés un levier de lien social, de sobriété et d'économies pour les ménages.",
    website: null,
    themes: ["ruralité", "économie circulaire", "lien social"],
    territory: "Orne (61)",
    nextSteps: [
      "Dès l'expertise juridique rendue : convention type commune–association diffusée via l'AMRF",
      "Dans 8 mois : 10 outilthèques ouvertes en mairie",
    ].join("\n"),
    health: "blocked",
    healthReason: "Déploiement suspendu : aucun assureur ne couvre encore le prêt d'outils dans des locaux municipaux ; une expertise juridique est attendue avant toute nouvelle convention avec les communes.",
    diagnostic: {
      heldInDays: -135,
      participants: "Coordinatrice et trésorier de l'association, chargé·e d'accélération, référent·e interministériel·le DITP",
      strengths: "Trois outilthèques en fonctionnement, forte adhésion des habitants, maires volontaires.",
      weaknesses: "Gestion des prêts sur papier, cadre juridique et assurantiel flou, aucun financement pérenne.",
      needsConsolidate: "Clarifier la responsabilité et l'assurance, outiller la gestion des prêts, trouver un financement.",
      needsIntegrate: "S'appuyer sur un réseau d'élus ruraux pour diffuser un modèle de convention commune–association.",
      needsDeploy: "Ouvrir 10 outilthèques en mairie d'ici la fin de l'accompagnement.",
    },
    objectives: [
      { axis: "consolidate", title: "Sécuriser le cadre juridique et assurantiel", description: "Obtenir une couverture d'assurance et un modèle de convention validés pour le prêt en locaux municipaux.", targetInDays: 30, status: "open" },
      { axis: "consolidate", title: "Outiller la gestion des prêts", description: "Mettre en place un logiciel libre de gestion des prêts commun à toutes les outilthèques.", targetInDays: -15, status: "achieved" },
      { axis: "integrate", title: "Construire un partenariat avec l'AMRF", description: "Faire connaître le modèle au réseau des maires ruraux et co-construire la convention type.", targetInDays: 90, status: "open" },
      { axis: "deploy", title: "Ouvrir 10 outilthèques en mairie", description: "Passer de 3 à 10 outilthèques dans des communes rurales.", targetInDays: 240, status: "open" },
    ],
    actions: [
      { axis: "consolidate", supportType: "technical", title: "Déploiement d'un logiciel de gestion des prêts", description: "Installer et paramétrer un logiciel libre de gestion des prêts pour les trois outilthèques.", status: "done", dueInDays: -20, doneInDays: -16, objectiveIndex: 1, outcome: "Logiciel en service dans les 3 outilthèques ; 240 prêts enregistrés le premier mois." },
      { axis: "integrate", supportType: "networking", title: "Présentation du modèle à l'AMRF", description: "Présenter les outilthèques et les besoins de convention type au réseau des maires ruraux.", status: "done", dueInDays: -45, doneInDays: -44, objectiveIndex: 2, outcome: "Intérêt confirmé ; l'AMRF attend un modèle de convention sécurisé avant diffusion." },
      { axis: "consolidate", supportType: "legal_administrative", title: "Expertise juridique sur la responsabilité en cas d'accident", description: "Obtenir une analyse juridique de la responsabilité de la commune et de l'association lors des prêts.", status: "in_progress", dueInDays: -12, doneInDays: null, objectiveIndex: 0, outcome: null },
      { axis: "consolidate", supportType: "legal_administrative", title: "Modèle de convention commune–association", description: "Rédiger la convention type une fois l'expertise juridique rendue.", status: "planned", dueInDays: 40, doneInDays: null, objectiveIndex: 0, outcome: null },
      { axis: "consolidate", supportType: "financial", title: "Candidature à un financement de la Manufacture", description: "Préparer un dossier de financement auprès de la Manufacture (Caisse des Dépôts).", status: "planned", dueInDays: 25, doneInDays: null, objectiveIndex: null, outcome: null },
      { axis: "deploy", supportType: "networking", title: "Recensement des communes volontaires", description: "Lister les communes prêtes à accueillir une outilthèque dès que le cadre sera sécurisé.", status: "in_progress", dueInDays: 30, doneInDays: null, objectiveIndex: 3, outcome: null },
      { axis: "deploy", supportType: "methodological", title: "Ouverture pilote dans une quatrième commune", description: "Ouverture reportée sine die dans l'attente d'une solution assurantielle.", status: "cancelled", dueInDays: -5, doneInDays: null, objectiveIndex: 3, outcome: null },
    ],
    interactions: [
      { kind: "meeting", occurredInDays: -135, title: "Diagnostic partagé", summary: "Modèle qui fonctionne localement mais cadre juridique fragile ; priorité à la sécurisation avant tout déploiement.", followUp: "Rédiger la feuille de route.", organisationKey: null },
      { kind: "workshop", occurredInDays: -60, title: "Atelier modèle économique", summary: "Travail sur les coûts d'une outilthèque et les pistes de financement (communes, mécénat, fonds publics).", followUp: "Identifier des financeurs de l'économie sociale et solidaire.", organisationKey: null },
      { kind: "introduction", occurredInDays: -44, title: "Mise en relation avec l'AMRF", summary: "Présentation au réseau des maires ruraux ; demande d'une convention type sécurisée.", followUp: "Revenir vers l'AMRF avec le modèle de convention.", organisationKey: "amrf" },
      { kind: "call", occurredInDays: -14, title: "Échange avec un assureur", summary: "Refus de couvrir le prêt en locaux municipaux sans analyse juridique préalable.", followUp: "Relancer l'expertise juridique.", organisationKey: null },
      { kind: "meeting", occurredInDays: -9, title: "Point de blocage assurance", summary: "Réunion avec l'équipe : déploiement suspendu tant que le cadre assurantiel n'est pas réglé ; escalade vers le pilote du programme.", followUp: "Demander l'appui de la DITP sur l'expertise juridique.", organisationKey: null },
      { kind: "introduction", occurredInDays: -3, title: "Mise en relation avec la Manufacture", summary: "Premier contact pour une piste de financement de l'amorçage.", followUp: "Envoyer une note de présentation du projet.", organisationKey: "la-manufacture" },
    ],
    partners: [
      { organisationKey: "amrf", purpose: "deployment", status: "meeting_held", sinceInDays: -44 },
      { organisationKey: "anct", purpose: "funding", status: "identified", sinceInDays: -30 },
      { organisationKey: "la-manufacture", purpose: "funding", status: "introduced", sinceInDays: -3 },
    ],
    contacts: [
      { firstName: "Zoé", lastName: "Modèle", email: "zoe.modele@outiltheque-commune.example", phone: "+33 1 00 00 00 23", jobTitle: "Coordinatrice de l'association", roleInProject: "Coordinatrice" },
      { firstName: "René", lastName: "Fictif", email: "rene.fictif@outiltheque-commune.example", phone: null, jobTitle: "Trésorier", roleInProject: "Trésorier" },
    ],
  },

  // 4. Digital commons, on track but silent for more than 30 days ---------------
  {
    key: "s2-transcrire-ensemble",
    name: "Transcrire ensemble",
    track: "dinum",
    carrierKey: "fictif-memoires-transcrites",
    tagline: "Lauréat fictif de démonstration — la transcription participative des registres d'archives communales.",
    mission: "Nous proposons une plateforme libre où des bénévoles transcrivent et indexent les registres anciens numérisés par les services d'archives, pour les rendre consultables et réutilisables par tous.",
    publicServiceContribution: "Nous venons compléter le service public avec les services d'archives pour ouvrir plus largement le patrimoine écrit et produire des données ouvertes de qualité.",
    website: null,
    themes: ["archives", "patrimoine", "contribution", "données ouvertes"],
    territory: "National",
    nextSteps: [
      "Dans 2 mois : première convention signée avec un service d'archives",
      "Dans 3 mois : transcriptions publiées en données ouvertes sur data.gouv.fr",
      "Dans 7 mois : 1 000 contributeurs actifs",
    ].join("\n"),
    health: "on_track",
    healthReason: null,
    diagnostic: {
      heldInDays: -145,
      participants: "Fondateur et responsable communauté de l'association, chargé·e d'accélération DINUM, référent·e interministériel·le Etalab",
      strengths: "Plateforme stable, 800 contributeurs inscrits, premiers registres entièrement transcrits.",
      weaknesses: "Aucune convention avec les services d'archives, licence des transcriptions non clarifiée.",
      needsConsolidate: "Documenter la contribution et clarifier la licence des transcriptions.",
      needsIntegrate: "Conventionner avec des services d'archives et publier les transcriptions en données ouvertes.",
      needsDeploy: "Atteindre 1 000 contributeurs actifs, notamment en milieu scolaire.",
    },
    objectives: [
      { axis: "consolidate", title: "Publier un guide de contribution", description: "Rédiger et publier un guide de transcription et d'indexation pour les bénévoles.", targetInDays: -25, status: "achieved" },
      { axis: "integrate", title: "Conventionner avec un service d'archives", description: "Signer une première convention type avec un service d'archives publiques.", targetInDays: 60, status: "open" },
      { axis: "integrate", title: "Publier les transcriptions en données ouvertes", description: "Exporter les transcriptions dans un format ouvert et les publier sur data.gouv.fr.", targetInDays: 90, status: "open" },
      { axis: "deploy", title: "Atteindre 1 000 contributeurs actifs", description: "Recruter de nouveaux contributeurs, notamment via des ateliers en milieu scolaire.", targetInDays: 200, status: "open" },
    ],
    actions: [
      { axis: "integrate", supportType: "networking", title: "Présentation du projet au SIAF", description: "Présenter la plateforme au Service interministériel des Archives de France.", status: "done", dueInDays: -110, doneInDays: -110, objectiveIndex: 1, outcome: "Le SIAF propose de relayer le projet auprès des services d'archives départementales." },
      { axis: "consolidate", supportType: "methodological", title: "Rédaction du guide de contribution", description: "Écrire le guide de transcription avec un groupe de contributeurs expérimentés.", status: "done", dueInDays: -30, doneInDays: -28, objectiveIndex: 0, outcome: "Guide publié ; 120 nouveaux contributeurs le premier mois." },
      { axis: "integrate", supportType: "legal_administrative", title: "Modèle de convention avec les services d'archives", description: "Rédiger une convention type (licence des transcriptions, réutilisation des images).", status: "in_progress", dueInDays: -8, doneInDays: null, objectiveIndex: 1, outcome: null },
      { axis: "integrate", supportType: "technical", title: "Export des transcriptions au format ouvert", description: "Développer un export CSV/JSON documenté des transcriptions validées.", status: "planned", dueInDays: 30, doneInDays: null, objectiveIndex: 2, outcome: null },
      { axis: "deploy", supportType: "networking", title: "Atelier contributif avec le CLEMI", description: "Proposer un atelier de transcription pour des classes de collège.", status: "planned", dueInDays: 50, doneInDays: null, objectiveIndex: 3, outcome: null },
      { axis: "consolidate", supportType: "financial", title: "Recherche de mécénat pour la numérisation", description: "Piste abandonnée : la numérisation reste à la charge des services d'archives partenaires.", status: "cancelled", dueInDays: -20, doneInDays: null, objectiveIndex: null, outcome: null },
    ],
    // Last interaction 41 days ago: triggers the "no interaction for 30 days" alert.
    interactions: [
      { kind: "meeting", occurredInDays: -145, title: "Diagnostic partagé", summary: "Plateforme mature ; besoin principal : cadre de coopération avec les services d'archives.", followUp: "Rédiger la feuille de route.", organisationKey: null },
      { kind: "introduction", occurredInDays: -110, title: "Mise en relation avec le SIAF", summary: "Présentation au SIAF, qui relaiera le projet auprès du réseau des archives départementales.", followUp: "Préparer une convention type.", organisationKey: "siaf" },
      { kind: "workshop", occurredInDays: -80, title: "Atelier licence des transcriptions", summary: "Choix d'une licence ouverte pour les transcriptions ; questions restantes sur les images.", followUp: null, organisationKey: null },
      { kind: "introduction", occurredInDays: -62, title: "Mise en relation avec Etalab", summary: "Échange sur la publication des transcriptions sur data.gouv.fr.", followUp: "Définir le format d'export.", organisationKey: "etalab" },
      { kind: "call", occurredInDays: -48, title: "Point d'étape", summary: "Guide de contribution en cours ; convention type à lancer.", followUp: "Planifier le prochain point à un mois.", organisationKey: null },
      { kind: "event", occurredInDays: -41, title: "Journée des lauréats de la saison 2", summary: "Présentation du projet aux autres lauréats et aux partenaires de l'écosystème.", followUp: null, organisationKey: null },
    ],
    partners: [
      { organisationKey: "siaf", purpose: "expertise", status: "meeting_held", sinceInDays: -110 },
      { organisationKey: "etalab", purpose: "data", status: "introduced", sinceInDays: -62 },
      { organisationKey: "ministere-culture", purpose: "funding", status: "identified", sinceInDays: -50 },
      { organisationKey: "clemi", purpose: "deployment", status: "identified", sinceInDays: -45 },
    ],
    contacts: [
      { firstName: "Nour", lastName: "Prototype", email: "nour.prototype@transcrire-ensemble.example", phone: "+33 1 00 00 00 24", jobTitle: "Fondateur·rice de l'association", roleInProject: "Porteur·se de projet" },
      { firstName: "Paul", lastName: "Maquette", email: "paul.maquette@transcrire-ensemble.example", phone: null, jobTitle: "Responsable de la communauté", roleInProject: "Animateur de communauté" },
    ],
  },
];
