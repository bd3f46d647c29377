import { afterEach, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { checkA11y } from './accompaniment-helpers';
import { apiGet, type Browser, launchBrowser, login } from './browser';

interface Laureate {
  id: number;
  name: string;
  accelerationManagerId: number | null;
}

const me = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('aic.user') ?? '{}').id as number);
const laureates = (page: Page) => apiGet<Laureate[]>(page, '/api/laureates', { range: [0, 199], sort: ['id', 'ASC'] });
const refusal = (page: Page) => page.getByRole('heading', { level: 1, name: 'Accès refusé' });

describe('Access control follows the API', () => {
  let browser: Browser | undefined;

  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  it("refuses a manager the edit address of another manager's laureate, before any form", async () => {
    browser = await launchBrowser();
    const { page } = browser;
    await login(page, 'charge.a@demo.aic.test');
    const all = await laureates(page);
    const id = await me(page);
    const theirs = all.find((l) => l.accelerationManagerId !== id)!;
    const mine = all.find((l) => l.accelerationManagerId === id)!;

    await page.goto(`/#/laureates/${theirs.id}`);
    await refusal(page).waitFor();
    await page.getByText("Seul le chargé d'accélération de ce lauréat ou un pilote du programme peut le modifier.").waitFor();
    expect(await page.locator('main form, main input, main textarea').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Enregistrer' }).count()).toBe(0);
    await checkA11y(page);

    await page.getByRole('link', { name: 'Retour au lauréat' }).click();
    await page.getByRole('heading', { level: 1, name: theirs.name }).waitFor();
    await page.getByRole('tab').first().waitFor();
    expect(await page.getByRole('link', { name: 'Éditer' }).count()).toBe(0);

    await page.goto(`/#/laureates/${mine.id}`);
    await page.getByRole('button', { name: 'Enregistrer' }).waitFor();
    await checkA11y(page);

    // A contact of the team of a laureate they do not accompany (and of none they do).
    const contacts = await apiGet<Array<{ id: number; laureates: Array<{ laureateId: number }> }>>(page, '/api/contacts', { range: [0, 199] });
    const managerOf = new Map(all.map((l) => [l.id, l.accelerationManagerId]));
    const othersContact = contacts.find((c) => c.laureates.length > 0 && c.laureates.every((m) => managerOf.get(m.laureateId) !== id))!;
    await page.goto(`/#/contacts/${othersContact.id}`);
    await refusal(page).waitFor();
    await page.getByText('Ce contact appartient à l’équipe d’un lauréat que vous n’accompagnez pas.').waitFor();
    expect(await page.locator('main input, main textarea').count()).toBe(0);
  });

  it('tells a referent why a page is refused, instead of "page not found"', async () => {
    browser = await launchBrowser();
    const { page } = browser;
    await login(page, 'referent.a@demo.aic.test');
    const [assigned] = await laureates(page);

    await page.goto(`/#/laureates/${assigned.id}`);
    await refusal(page).waitFor();
    await page.getByText('En tant que référent, vous consultez les lauréats qui vous sont confiés, sans rien modifier.').waitFor();
    expect(await page.locator('main input, main textarea').count()).toBe(0);
    await checkA11y(page);

    await page.goto('/#/users');
    await refusal(page).waitFor();
    expect(await page.getByText('Page manquante').count()).toBe(0);
    await checkA11y(page);
  });
});
