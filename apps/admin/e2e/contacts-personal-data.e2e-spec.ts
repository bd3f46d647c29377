import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { type Browser, expectNoSeriousA11yViolations, launchBrowser, login } from './browser';

const suffix = Date.now().toString(36);

/** Creates contacts through the API with the session of the user logged in the page; returns their ids. */
async function createContacts(page: Page, contacts: object[]): Promise<number[]> {
  return page.evaluate(async (bodies) => {
    const headers = { Authorization: `Bearer ${localStorage.getItem('aic.token')}`, 'Content-Type': 'application/json' };
    const ids: number[] = [];
    for (const body of bodies) ids.push((await (await fetch('/api/contacts', { method: 'POST', headers, body: JSON.stringify(body) })).json()).id);
    return ids;
  }, contacts);
}

describe('Personal data of a contact, as the programme lead', () => {
  let browser: Browser;
  let id: number;
  const name = `Zoé Gdpr${suffix}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    await login(browser.page, 'pilote@demo.aic.test');
    [id] = await createContacts(browser.page, [{ firstName: 'Zoé', lastName: `Gdpr${suffix}`, email: `zoe.${suffix}@exemple.test`, phone: '+33 6 12 12 12 12' }]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('exports the personal data as a JSON file', async () => {
    const { page } = browser;
    await page.goto(`/#/contacts/${id}/show`);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await expectNoSeriousA11yViolations(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter les données personnelles' }).click()]);
    expect(download.suggestedFilename()).toBe(`contact-${id}-donnees-personnelles.json`);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const data = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    expect(data.contact).toMatchObject({ id, firstName: 'Zoé', email: `zoe.${suffix}@exemple.test` });
  });

  it('anonymises after a confirmation that names the contact and says what is lost', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Anonymiser' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: `Anonymiser « ${name} » ?` }).waitFor();
    await dialog.getByText(/seront effacés.*Cette opération est définitive/).waitFor();
    await expectNoSeriousA11yViolations(page);

    // Cancelling changes nothing.
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name }).waitFor();

    await page.getByRole('button', { name: 'Anonymiser' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Anonymiser' }).click();
    await page.getByRole('heading', { level: 1, name: `Contact anonymisé #${id}` }).waitFor();
    await page.getByText(/Ce contact a été anonymisé le/).waitFor();
    expect(await page.getByText(`zoe.${suffix}@exemple.test`).count()).toBe(0);
    // Nothing left to anonymise or edit; the export stays (what is held now).
    expect(await page.getByRole('button', { name: 'Anonymiser' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Éditer' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
  });

  it('filters the contacts whose retention period is over', async () => {
    const { page } = browser;
    await page.goto(`/#/contacts?filter=${encodeURIComponent(JSON.stringify({ retentionDue: true }))}`);
    await page.getByLabel('Durée de conservation échue').waitFor();
    // The demo contacts were all just loaded: none is due.
    await page.getByText('Aucun résultat').or(page.getByText(/Aucun contact/)).first().waitFor();
    await expectNoSeriousA11yViolations(page);
  });

  it('anonymises a selection from the list, confirming how many contacts', async () => {
    const { page } = browser;
    await createContacts(page, [
      { firstName: 'Lot', lastName: `Groupé${suffix} Un` },
      { firstName: 'Lot', lastName: `Groupé${suffix} Deux` },
    ]);
    await page.goto(`/#/contacts?filter=${encodeURIComponent(JSON.stringify({ q: `groupe${suffix}` }))}`);
    await page.locator('tbody tr').nth(1).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(2);
    await page.getByRole('checkbox', { name: /Tout sélectionner/ }).check();
    await page.getByRole('button', { name: 'Anonymiser' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Anonymiser 2 contacts ?' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole('button', { name: 'Anonymiser' }).click();
    await page.getByText('2 contacts anonymisés.').waitFor();
    // Their names are gone: the search finds nothing any more.
    await page.getByText('Aucun résultat').or(page.getByText(/Aucun contact/)).first().waitFor();
  });
});

describe('Personal data of a contact, as an acceleration manager', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    await login(browser.page, 'charge.a@demo.aic.test');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('offers neither the export nor the anonymisation', async () => {
    const { page } = browser;
    const [id] = await createContacts(page, [{ firstName: 'Noé', lastName: `Horsdroits${suffix}` }]);
    await page.goto(`/#/contacts/${id}/show`);
    await page.getByRole('heading', { level: 1, name: `Noé Horsdroits${suffix}` }).waitFor();
    await page.getByRole('link', { name: 'Éditer' }).waitFor();
    expect(await page.getByRole('button', { name: 'Exporter les données personnelles' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Anonymiser' }).count()).toBe(0);
  });
});
