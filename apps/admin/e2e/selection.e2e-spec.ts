import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { checkA11y, notification, pick } from './accompaniment-helpers';
import { apiGet, type Browser, launchBrowser, login } from './browser';

const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu principal' });

/** Signs in afresh (the previous session forgotten), as the journeys of two roles share one page. */
async function signInAs(page: Page, email: string): Promise<void> {
  await page.goto('/#/login');
  await page.evaluate(() => localStorage.clear());
  await login(page, email);
}

/** The published criteria, in order, with the score given to each by keyboard (one ArrowRight per point). */
const SCORES: Array<[RegExp, number]> = [
  [/^1\. La finalité d’intérêt général/, 4],
  [/^2\. L’impact/, 3],
  [/^3\. La maturité/, 5],
  [/^4\. Le portage/, 2],
  [/^5\. Une gouvernance partagée/, 4],
];

describe('Selection', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets a jury member score an application with the keyboard only, as a draft then submitted', async () => {
    const { page } = browser;
    await signInAs(page, 'jury.a@demo.aic.test');
    // An evaluator's menu: their home and their list, nothing of the accompaniment.
    await menu(page).getByRole('menuitem', { name: 'À évaluer' }).waitFor();
    expect((await menu(page).getByRole('menuitem').allTextContents()).map((t) => t.trim())).toEqual(['Tableau de bord', 'À évaluer']);
    const list = page.getByRole('table', { name: 'Candidatures à évaluer' });
    await list.locator('tbody tr').first().waitFor();
    expect(await list.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
    const first = list.locator('tbody tr').first().getByRole('link');
    const project = (await first.textContent())!.trim();
    await first.click();
    await page.getByRole('heading', { level: 1, name: `Évaluer : ${project}` }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Dossier de candidature' }).waitFor();
    await page.getByText('Ressource d’intérêt commun concernée').waitFor(); // the form's answers, readable
    await checkA11y(page);

    // Keyboard only: from the conflict-of-interest box, Tab enters each criterion's radio group, arrows score it.
    await page.getByLabel(/Je déclare un conflit d’intérêts/).focus();
    for (const [, score] of SCORES) {
      await page.keyboard.press('Tab');
      for (let i = 0; i < score; i++) await page.keyboard.press('ArrowRight');
    }
    for (const [legend, score] of SCORES) {
      expect(await page.getByRole('group', { name: legend }).getByRole('radio', { name: String(score), exact: true }).isChecked()).toBe(true);
    }
    await page.keyboard.press('Tab');
    await page.keyboard.type('Projet solide, évalué au clavier.');
    await page.getByRole('status').filter({ hasText: 'Brouillon enregistré' }).waitFor();
    const applicationId = Number(page.url().split('/').pop());
    const [draft] = await apiGet<Array<{ status: string; maturity: number }>>(page, '/api/evaluations', { filter: { applicationId } });
    expect(draft).toMatchObject({ status: 'draft', maturity: 5 });

    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await notification(page, /^Évaluation soumise$/);
    await page.getByText(/^Évaluation soumise le /).waitFor();
    const [submitted] = await apiGet<Array<Record<string, unknown>>>(page, '/api/evaluations', { filter: { applicationId } });
    expect(submitted).toMatchObject({
      status: 'submitted',
      generalInterest: 4,
      impact: 3,
      maturity: 5,
      carrier: 2,
      sharedGovernance: 4,
      comment: 'Projet solide, évalué au clavier.',
      conflictOfInterest: false,
    });
    expect(await page.getByRole('button', { name: 'Soumettre l’évaluation' }).count()).toBe(0);
  });

  it('shows a programme lead the eligibility screen and the selection funnel with its data table', async () => {
    const { page } = browser;
    await signInAs(page, 'pilote@demo.aic.test');
    await menu(page).getByRole('menuitem', { name: 'Éligibilité' }).click();
    await page.getByRole('heading', { level: 1, name: 'Éligibilité des candidatures' }).waitFor();
    await page.getByText('Les deux conditions d’éligibilité publiées').waitFor();
    const first = page.getByRole('button', { name: /^Déclarer éligible : / }).first();
    await first.waitFor();
    await checkA11y(page);

    // One click with its reason, then two more in bulk with a common reason.
    const name = (await first.getAttribute('aria-label'))!.replace('Déclarer éligible : ', '');
    await page.getByLabel(`Motif pour ${name}`).fill('Portée par une association ; ressource d’intérêt commun.');
    await first.click();
    await notification(page, `Statut mis à jour : ${name}`);
    // The search may find others of similar names (the import journey, on the same product, adds some): this one by its name.
    const found = await apiGet<Array<{ projectName: string; status: string; eligibilityReason: string }>>(page, '/api/applications', { filter: { q: name }, range: [0, 99] });
    expect(found).toContainEqual(expect.objectContaining({ projectName: name, status: 'eligible', eligibilityReason: 'Portée par une association ; ressource d’intérêt commun.' }));
    const boxes = page.getByRole('checkbox', { name: /^Inclure dans l’action groupée : / });
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    const bulk = page.getByRole('region', { name: '2 candidatures sélectionnées' });
    await bulk.getByLabel('Motif commun (facultatif)').fill('Hors des deux conditions publiées.');
    await bulk.getByRole('button', { name: 'Inéligibles' }).click();
    await notification(page, '2 candidatures mises à jour');

    await menu(page).getByRole('menuitem', { name: 'Entonnoir de sélection' }).click();
    await page.getByRole('heading', { level: 1, name: 'Entonnoir de sélection' }).waitFor();
    await pick(page, page.getByRole('combobox', { name: /^Saison/ }), 'Saison 1 — 1re promotion');
    const data = page.getByRole('table', { name: /^Données du graphique/ });
    await data.getByRole('rowheader', { name: 'Sélectionnées' }).waitFor();
    const total = async (step: string) => Number(await data.getByRole('row', { name: new RegExp(`^${step}`) }).locator('td').last().textContent());
    await page.waitForFunction(() => document.querySelector('[role="img"] svg') !== null);
    expect(await total('Reçues')).toBe(200);
    expect(await total('Sélectionnées')).toBe(9);
    await checkA11y(page);
  });
  it('shows a programme lead the ranking; selecting then promoting one creates its laureate', async () => {
    const { page } = browser;
    await menu(page).getByRole('menuitem', { name: 'Classement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Classement' }).waitFor();
    // By default, the call in evaluation: season 2, where evaluations are still missing.
    expect(await page.getByRole('combobox', { name: 'Appel' }).textContent()).toBe('Saison 2 — communs numériques (DINUM)');
    const table = page.getByRole('table', { name: /^Classement des candidatures en liste restreinte \(Combiné\)/ });
    await table.locator('tbody tr').first().waitFor();
    // Missing evaluations are in view: jury.b, citoyen.a and jury.a have scored only part of theirs.
    expect(await table.locator('td .fr-badge--info').count()).toBeGreaterThan(0);
    await checkA11y(page);

    await pick(page, page.getByRole('combobox', { name: 'Vue' }), 'Jury');
    await page.getByRole('table', { name: /\(Jury\)/ }).waitFor();

    const row = page.getByRole('table').locator('tbody tr').first();
    const project = (await row.getByRole('rowheader').textContent())!.trim();
    await row.getByRole('button', { name: `Sélectionner : ${project}` }).click();
    await notification(page, `Candidature sélectionnée : ${project}`);
    await page.getByRole('button', { name: `Promouvoir en lauréat : ${project}` }).click();
    const dialog = page.getByRole('dialog', { name: `Promouvoir « ${project} » en lauréat ?` });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Promouvoir' }).click();
    await notification(page, `Lauréat créé : ${project}`);
    await page.getByRole('link', { name: `Voir le lauréat ${project}` }).click();
    await page.getByRole('heading', { level: 1, name: project }).waitFor();
    const laureates = await apiGet<Array<{ name: string }>>(page, '/api/laureates', { filter: { q: project } });
    expect(laureates.map((l) => l.name)).toContain(project);
  });

});
