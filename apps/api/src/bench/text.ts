// French-ish vocabularies for the synthetic dataset: words are picked by modulo in SQL, so that
// trigram search meets realistic word frequencies (a surname ≈ 1/200 of contacts, a town ≈ 1/160 of a journal).

export const FIRST_NAMES = [
  'Marie', 'Jean', 'Camille', 'Nicolas', 'Julie', 'Thomas', 'Léa', 'Pierre', 'Chloé', 'Antoine', 'Manon', 'Julien',
  'Sarah', 'Maxime', 'Laura', 'Alexandre', 'Émilie', 'Guillaume', 'Pauline', 'Sébastien', 'Mathilde', 'Romain',
  'Claire', 'François', 'Anaïs', 'Olivier', 'Céline', 'Benoît', 'Élodie', 'Mathieu', 'Hélène', 'Vincent', 'Inès',
  'Hugo', 'Lucie', 'Louis', 'Margaux', 'Arthur', 'Juliette', 'Paul', 'Agathe', 'Yann', 'Nadia', 'Karim', 'Fatima',
  'Mehdi', 'Aurélie', 'Cédric', 'Sophie', 'Grégoire', 'Isabelle', 'Laurent', 'Valérie', 'Stéphane', 'Nathalie',
  'Frédéric', 'Sandrine', 'Jérôme', 'Amandine', 'Baptiste',
];

export const LAST_NAMES = [
  'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent', 'Simon',
  'Michel', 'Lefèvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard', 'Bonnet', 'Dupont',
  'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller', 'Lefebvre', 'Faure', 'André', 'Mercier', 'Blanc', 'Guérin',
  'Boyer', 'Garnier', 'Chevalier', 'François', 'Legrand', 'Gauthier', 'Garcia', 'Perrin', 'Robin', 'Clément', 'Morin',
  'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Gautier', 'Masson', 'Marchand', 'Duval', 'Denis', 'Dumont', 'Marie',
  'Lemaire', 'Noël', 'Meyer', 'Dufour', 'Meunier', 'Brun', 'Blanchard', 'Giraud', 'Joly', 'Rivière', 'Lucas',
  'Brunet', 'Gaillard', 'Barbier', 'Arnaud', 'Martinez', 'Gérard', 'Roche', 'Renard', 'Schmitt', 'Roy', 'Leroux',
  'Colin', 'Vidal', 'Caron', 'Picard', 'Roger', 'Fabre', 'Aubert', 'Lemoine', 'Renaud', 'Dumas', 'Lacroix', 'Olivier',
  'Philippe', 'Bourgeois', 'Pierre', 'Benoît', 'Rey', 'Leclerc', 'Payet', 'Rolland', 'Leclercq', 'Guillaume',
  'Lecomte', 'Lopez', 'Jean', 'Dupuy', 'Guillot', 'Hubert', 'Berger', 'Carpentier', 'Sanchez', 'Dupuis', 'Moulin',
  'Louis', 'Deschamps', 'Huet', 'Vasseur', 'Perez', 'Boucher', 'Fleury', 'Royer', 'Klein', 'Jacquet', 'Adam', 'Paris',
  'Poirier', 'Marty', 'Aubry', 'Guyot', 'Carré', 'Charles', 'Renault', 'Charpentier', 'Ménard', 'Maillard', 'Baron',
  'Bertin', 'Bailly', 'Hervé', 'Schneider', 'Fernandez', 'Le Gall', 'Collet', 'Léger', 'Bouvier', 'Julien', 'Prévost',
  'Millet', 'Perrot', 'Daniel', 'Le Roux', 'Cousin', 'Germain', 'Breton', 'Besson', 'Langlois', 'Rémy', 'Le Goff',
  'Pelletier', 'Lévêque', 'Perrier', 'Leblanc', 'Barré', 'Lebrun', 'Marchal', 'Weber', 'Mallet', 'Hamon', 'Boulanger',
  'Jacob', 'Monnier', 'Michaud', 'Rodriguez', 'Guichard', 'Gillet', 'Étienne', 'Grondin', 'Poulain', 'Tessier',
  'Chevallier', 'Collin', 'Chauvin', 'Da Silva', 'Bouchet', 'Gay', 'Lemaître', 'Bénard', 'Maréchal', 'Humbert',
  'Reynaud', 'Antoine', 'Hoarau', 'Perret', 'Barthélemy', 'Cordier', 'Pichon', 'Lejeune', 'Gilbert', 'Lamy',
  'Delaunay', 'Pasquier', 'Carlier', 'Laporte',
];

export const TOWNS = [
  'Paris', 'Marseille', 'Lyon', 'Toulouse', 'Nice', 'Nantes', 'Montpellier', 'Strasbourg', 'Bordeaux', 'Lille',
  'Rennes', 'Reims', 'Toulon', 'Saint-Étienne', 'Le Havre', 'Grenoble', 'Dijon', 'Angers', 'Nîmes', 'Villeurbanne',
  'Clermont-Ferrand', 'Le Mans', 'Aix-en-Provence', 'Brest', 'Tours', 'Amiens', 'Limoges', 'Annecy', 'Perpignan',
  'Boulogne-Billancourt', 'Metz', 'Besançon', 'Orléans', 'Saint-Denis', 'Argenteuil', 'Rouen', 'Mulhouse', 'Montreuil',
  'Caen', 'Nancy', 'Saint-Paul', 'Roubaix', 'Tourcoing', 'Nanterre', 'Vitry-sur-Seine', 'Avignon', 'Créteil',
  'Dunkerque', 'Poitiers', 'Asnières-sur-Seine', 'Versailles', 'Courbevoie', 'Colombes', 'Aulnay-sous-Bois',
  'Saint-Pierre', 'Rueil-Malmaison', 'Pau', 'Aubervilliers', 'Champigny-sur-Marne', 'Le Tampon', 'Antibes',
  'Saint-Maur-des-Fossés', 'Calais', 'Cannes', 'Béziers', 'Colmar', 'Bourges', 'Drancy', 'Mérignac', 'Ajaccio',
  'Saint-Nazaire', 'Issy-les-Moulineaux', 'Noisy-le-Grand', 'La Rochelle', 'Levallois-Perret', 'Quimper', 'Valence',
  'Villeneuve-d’Ascq', 'Pessac', 'Antony', 'Troyes', 'Chambéry', 'Cergy', 'Lorient', 'Niort', 'Sarcelles', 'Vénissieux',
  'Cayenne', 'Fort-de-France', 'Pointe-à-Pitre', 'Mamoudzou', 'Beauvais', 'Hyères', 'Vannes', 'Évry', 'Chartres',
  'Laval', 'Arles', 'Clamart', 'Saint-Quentin', 'Albi', 'Belfort', 'Bayonne', 'Montauban', 'Carcassonne', 'Blois',
  'Angoulême', 'Châteauroux', 'Tarbes', 'Saint-Malo', 'Chalon-sur-Saône', 'Bastia', 'Périgueux', 'Agen', 'Alès',
  'Auxerre', 'Brive-la-Gaillarde', 'Charleville-Mézières', 'Épinal', 'Gap', 'Lens', 'Mâcon', 'Nevers', 'Rodez',
  'Saint-Brieuc', 'Sète', 'Thionville', 'Vienne', 'Cholet', 'Dax', 'Dieppe', 'Douai', 'Fréjus', 'Haguenau',
  'Lannion', 'Mende', 'Millau', 'Morlaix', 'Narbonne', 'Oyonnax', 'Privas', 'Roanne', 'Saintes', 'Sedan', 'Soissons',
  'Tulle', 'Vichy', 'Vierzon', 'Aurillac', 'Cahors', 'Foix', 'Guéret', 'Lons-le-Saunier', 'Montbéliard', 'Moulins',
  'Pontivy', 'Rochefort', 'Saumur', 'Vesoul', 'Verdun', 'Figeac',
];

export const REGIONS = [
  'Auvergne-Rhône-Alpes', 'Bourgogne-Franche-Comté', 'Bretagne', 'Centre-Val de Loire', 'Corse', 'Grand Est',
  'Hauts-de-France', 'Île-de-France', 'Normandie', 'Nouvelle-Aquitaine', 'Occitanie', 'Pays de la Loire',
  "Provence-Alpes-Côte d'Azur", 'Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte', 'National',
];

export const MINISTRIES = [
  "Ministère de l'Éducation nationale", "Ministère de l'Intérieur", 'Ministère des Armées', 'Ministère de la Justice',
  'Ministère de la Santé', 'Ministère du Travail', 'Ministère de la Culture', "Ministère de l'Agriculture",
  'Ministère de la Transition écologique', "Ministère de l'Économie", 'Ministère des Sports',
  "Ministère de l'Enseignement supérieur", 'Ministère des Solidarités', 'Ministère du Logement',
  'Ministère de la Fonction publique', "Ministère de l'Europe et des Affaires étrangères", 'Ministère des Outre-mer',
  'Ministère de la Ville', 'Ministère du Numérique', 'Ministère de la Mer',
];

/** Organisation names: prefix × subject × town (injective, so names are unique); the prefix gives the kind. */
export const ORG_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['Association', 'association'], ['Fédération', 'association'], ['Collectif', 'association'], ['Réseau', 'association'],
  ['Coopérative', 'company'], ['Fondation', 'foundation'], ['Union', 'other'], ['Maison', 'local_authority'],
  ['Atelier', 'association'], ['Institut', 'public_institution'], ['Agence', 'public_agency'], ['Direction', 'directorate'],
  ['Service', 'deconcentrated_service'], ['Université', 'university'],
];
export const ORG_SUBJECTS = [
  'Numérique Solidaire', 'Entraide Citoyenne', 'Habitat Partagé', 'Mobilités Douces', 'Alimentation Durable',
  'Insertion Professionnelle', 'Santé Communautaire', 'Éducation Populaire', 'Culture Ouverte', 'Transition Énergétique',
  'Inclusion Bancaire', 'Accès aux Droits', 'Jeunesse Engagée', 'Aidants Familiaux', 'Économie Circulaire',
  'Biodiversité Urbaine', 'Données Ouvertes', 'Lutte contre l’Illettrisme', 'Médiation Sociale', 'Tiers-Lieux',
  'Réemploi Informatique', 'Sport pour Tous', 'Handicap et Emploi', 'Logement d’Abord', 'Eau et Rivières',
  'Agriculture Urbaine', 'Recyclerie', 'Seniors Connectés', 'Égalité des Chances', 'Démocratie Locale',
  'Prévention Routière', 'Information Jeunesse', 'Petite Enfance', 'Mémoire Ouvrière', 'Solidarité Internationale',
  'Vélo-École', 'Épicerie Solidaire', 'Cinéma Itinérant', 'Mentorat Étudiant', 'Secours Alimentaire',
];

/** Laureate (project) names: 40 × 30 combinations, unique within a season. */
export const PROJECT_HEADS = [
  'Open', 'Réseau', 'Cap', 'Tous', 'Mon', 'Data', 'Les', 'Ville', 'Pass', 'Carte', 'Bus', 'Kit', 'Lab', 'Fab', 'Vers',
  'Atlas', 'Boussole', 'Passerelle', 'Relais', 'Pont', 'Phare', 'Agora', 'Tandem', 'Ruche', 'Escale', 'Nova', 'Écho',
  'Cité', 'Terre', 'Source', 'Clé', 'Horizon', 'Trame', 'Fil', 'Élan', 'Racines', 'Semis', 'Vigie', 'Envol', 'Sillon',
];
export const PROJECT_TAILS = [
  'Alimentaire', 'Solidaire', 'Citoyen', 'Numérique', 'Emploi', 'Santé', 'Climat', 'Logement', 'Mobilité', 'Savoirs',
  'Droits', 'Entraide', 'Quartiers', 'Ruralité', 'Aidants', 'Jeunesse', 'Seniors', 'Inclusion', 'Énergie', 'Eau',
  'Culture', 'Sport', 'Forêt', 'Océan', 'Recyclage', 'Éducation', 'Handicap', 'Justice', 'Transparence', 'Démocratie',
];

export const TAGLINES = [
  'Rendre les données publiques utiles à tous', 'Lutter contre le non-recours aux droits sociaux',
  "Faciliter l'accès à une alimentation de qualité", 'Accompagner les aidants au quotidien',
  'Réduire la fracture numérique dans les territoires ruraux', 'Mobiliser les citoyens pour le climat',
  "Outiller les associations d'insertion", 'Mieux orienter les jeunes vers l’emploi',
  'Cartographier les lieux de solidarité', 'Simplifier les démarches des personnes handicapées',
  'Réemployer le matériel informatique des administrations', 'Prévenir les expulsions locatives',
  'Ouvrir les bibliothèques aux habitants', "Développer l'apprentissage du vélo", 'Soutenir les épiceries solidaires',
  'Informer sur la qualité de l’eau', 'Connecter les bénévoles et les structures', 'Accompagner les primo-arrivants',
  'Protéger la biodiversité des villes', 'Favoriser la participation citoyenne',
];

export const THEMES = ['climat', 'solidarité', 'numérique', 'santé', 'emploi', 'éducation', 'logement', 'culture', 'mobilité', 'démocratie'];

export const INTERACTION_TOPICS = [
  'la convention de partenariat', 'le déploiement national', "l'ouverture des données", 'le budget prévisionnel',
  'la feuille de route', 'le recrutement du développeur', "l'hébergement souverain", "l'accessibilité du service",
  'la conformité RGPD', 'le comité de pilotage', 'la subvention de fonctionnement', "l'évaluation d'impact",
  'la mesure d’audience', 'le marché public', 'la mutualisation des outils', "l'expérimentation locale",
  'la gouvernance du projet', 'la communication institutionnelle', 'le modèle économique', 'le passage à l’échelle',
  'la formation des agents', 'la sécurité du système', "l'interconnexion API", 'le référentiel de données',
  'la charte graphique', 'la documentation technique', 'le recueil des besoins', 'la démonstration publique',
  'les indicateurs de suivi', 'la levée de fonds', 'le mécénat de compétences', 'la labellisation',
  'la licence libre', 'la migration technique', 'le support utilisateurs', 'la cartographie des acteurs',
  "l'atelier de co-construction", 'le tableau de bord', 'la priorisation des besoins', 'le bilan de la phase 1',
];

export const NEXT_STEPS = [
  'envoyer le compte rendu', 'relancer le service juridique', 'organiser une démonstration', 'préparer la convention',
  'transmettre le budget', 'planifier un atelier', 'obtenir un accès aux données', 'présenter au comité',
  'recruter un stagiaire', 'rédiger la note de synthèse', 'contacter la direction métier', 'fixer un second rendez-vous',
  'mettre à jour la feuille de route', 'partager la maquette', 'valider le périmètre',
];

export const ACTION_TITLES = [
  'Rédiger la convention de partenariat', 'Organiser un atelier utilisateurs', 'Mettre en relation avec la DINUM',
  'Préparer le dossier de subvention', 'Revoir les statuts associatifs', 'Auditer l’accessibilité du site',
  'Documenter l’API publique', 'Former les bénévoles', 'Chiffrer le passage à l’échelle', 'Rencontrer la préfecture',
  'Publier les données en open data', 'Recruter un développeur', 'Sécuriser l’hébergement', 'Définir les indicateurs d’impact',
  'Présenter le projet au ministère', 'Négocier une licence de données', 'Préparer le comité d’engagement',
  'Mettre à jour la charte RGPD', 'Lancer un appel à bénévoles', 'Rédiger le bilan de la phase 1',
  'Identifier un partenaire public', 'Tester le service avec des agents', 'Monter une expérimentation locale',
  'Consolider le modèle économique', 'Obtenir un accès FranceConnect', 'Migrer vers un hébergeur souverain',
  'Écrire la documentation utilisateur', 'Organiser une démonstration publique', 'Mesurer l’audience', 'Choisir une licence libre',
];

export const OBJECTIVE_TITLES = [
  'Stabiliser la gouvernance', 'Sécuriser le financement', 'Professionnaliser l’équipe', 'Intégrer un service public',
  'Ouvrir une API', 'Signer une convention nationale', 'Déployer dans dix territoires', 'Mesurer l’impact',
  'Atteindre 10 000 utilisateurs', 'Obtenir un label',
];

export const AUDIT_RESOURCES = ['actions', 'interactions', 'laureates', 'contacts', 'partnerships', 'objectives', 'organisations', 'users'];
