// Seasons (promotions) of the Accélérateur d'Initiatives Citoyennes.
// Sources: press release of 29/11/2022, blog post of 05/12/2022, season-2 blog post
// of 14/04/2023 and selection page (see /work/shared/seeds/).
import type { DemoSeason } from './types.js';

export const demoSeasons: DemoSeason[] = [
  {
    key: "s1",
    name: "Saison 1 — 1re promotion",
    year: 2022,
    theme: null,
    // The AIC was announced on 15/12/2021 and launched by the minister on 17/12/2021;
    // the call lasted "un peu plus d'un mois" at the end of 2021 (closing date not published).
    callOpensOn: "2021-12-17",
    callClosesOn: null,
    accompanimentStartsOn: "2022-04-14",
    accompanimentEndsOn: "2022-11-29",
    status: "closed",
    fundingEnvelopeEuros: 900000,
    laureatesAnnouncedOn: "2022-03-14",
    applicationsCount: 200,
    accompanimentDurationMonths: 7,
    notes:
      "Programme annoncé le 15 décembre 2021 (sommet de l'Open Government Partnership, Séoul) et lancé le 17 décembre 2021. " +
      "Appel à candidatures d'un peu plus d'un mois fin 2021 (date de clôture non publiée) : 200 candidatures, " +
      "9 associations sélectionnées par un jury d'experts et un panel de 15 citoyens, lauréats dévoilés le 14 mars 2022. " +
      "Accompagnement du 14 avril au 29 novembre 2022 (événement de clôture à Ségur) : Phase 1 jusqu'au comité d'accélération, " +
      "puis Phase 2 de septembre à novembre 2022 (comité d'engagement) avec 5 lauréats renouvelés : Infoclimat, Vikidia, Ma Dada, " +
      "Permis de construire, Sport inclusif. Enveloppe de 900 000 € indicative (démo) : les documents indiquent « plus de 800 K€ » " +
      "de fonds publics versés sous forme de subventions à 7 des 9 lauréats.",
  },
  {
    key: "s2",
    name: "Saison 2 — Communs",
    year: 2023,
    theme: "Communs",
    // Date of the DINUM blog post announcing the call (the press release only said "début 2023").
    callOpensOn: "2023-04-14",
    callClosesOn: "2023-05-02",
    accompanimentStartsOn: null,
    accompanimentEndsOn: null,
    status: "accompaniment",
    fundingEnvelopeEuros: 1000000,
    accompanimentDurationMonths: 12,
    notes:
      "Deuxième saison centrée sur les « biens communs », numériques ou non : la DINUM sélectionne et accompagne les communs numériques, " +
      "la DITP les communs sans dominante numérique (mêmes critères, deux processus de sélection). Appel à projets jusqu'au 2 mai 2023 " +
      "(date d'ouverture retenue : article de lancement du 14 avril 2023 ; le communiqué annonçait un lancement « au début de l'année 2023 »). " +
      "Accompagnement de 12 mois renouvelables ; dates de début et de fin non précisées dans les documents (les données de démonstration " +
      "de cette saison sont datées relativement à aujourd'hui). Nouveaux partenaires de l'écosystème : Bayes Impact, Data4Good, " +
      "Le Liberté Living Lab, la Manufacture (Docaposte x Caisse des Dépôts). Enveloppe de 1 000 000 € purement indicative (démo).",
  },
];
