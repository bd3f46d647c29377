import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkA11y, exportedCsv, notification } from './accompaniment-helpers';
import { apiGet, type Browser, launchBrowser, login } from './browser';

const COMMITTEE = "Comité d'engagement — saison 1";

describe("A committee's hours, as the programme lead", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    await login(browser.page, 'pilote@demo.aic.test');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('types them as French writes them, is told when the end comes first, and reads them back on the committee', async () => {
    const { page } = browser;
    const [committee] = await apiGet<Array<{ id: number; startTime: string | null }>>(page, '/api/committees', { filter: { q: 'engagement saison 1' } });
    expect(committee.startTime).toBeNull();
    await page.goto(`/#/committees/${committee.id}/show`);
    await page.getByRole('heading', { level: 1, name: COMMITTEE }).waitFor();
    await page.getByText('Journée (pas d’horaire)', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Éditer' }).click();

    const start = page.getByLabel('Heure de début');
    const end = page.getByLabel('Heure de fin');
    await start.fill('9h30');
    await end.fill('9:00');
    await end.blur();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('L’heure de fin suit l’heure de début.').waitFor();
    await checkA11y(page);

    await end.fill('12h');
    await end.blur();
    await page.getByText('Saisissez une heure au format HH:MM, de 00:00 à 23:59.').waitFor();
    await end.fill('12:00');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await notification(page, /mis à jour/i);
    await page.getByText('09:30 – 12:00', { exact: true }).waitFor();
    const [saved] = await apiGet<Array<{ startTime: string; endTime: string }>>(page, '/api/committees', { filter: { id: [committee.id] } });
    expect(saved).toMatchObject({ startTime: '09:30', endTime: '12:00' });

    // The list's export carries them too.
    await page.goto('/#/committees');
    await page.getByRole('heading', { level: 1, name: 'Comités' }).waitFor();
    const { columns, lines: rows } = await exportedCsv(page);
    expect(columns.join(';')).toMatch(/Heure de début.Heure de fin/);
    expect(rows.find((row) => row.includes(COMMITTEE))).toMatch(/09:30.12:00/);
  });
});
