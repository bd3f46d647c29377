import type { EntityManager } from 'typeorm';
import type { DemoIds } from './seed-demo.js';

/** The welcome message of the season-1 closing booklet (29 November 2022), as published. */
export const SEASON1_WELCOME = [
  'Bienvenue à toutes et à tous !',
  "Depuis le mois d'avril 2022, 9 initiatives d'intérêt général portées par la société civile bénéficient d'un accompagnement sur mesure de l'administration.",
  "L'objectif : aider à les consolider, en accélérer le déploiement et faciliter l'accès aux ressources et expertises de l'administration.",
  "À l'issue de 6 mois d'accompagnement, nous nous réunissons ce mardi 29 novembre 2022 afin de clôturer les travaux d'accélération de cette première promotion de l'Accélérateur d'Initiatives Citoyennes.",
  'Cette session permettra de mettre en valeur les accélérations apportées aux projets, de tirer des enseignements du programme et de proposer des perspectives pour une 2e promotion.',
].join('\n');

/** Season 1 is published (its public page is live in the demo); season 2 has no publication yet. */
export async function seedPublications(em: EntityManager, ids: DemoIds): Promise<void> {
  await em.query(
    `INSERT INTO season_publications (season_id, welcome_text, published_at, published_by_id) VALUES ($1, $2, '2022-12-05T09:00:00Z', $3)`,
    [ids.seasons.get('s1'), SEASON1_WELCOME, ids.users.get('pilote@demo.aic.test') ?? null],
  );
}
