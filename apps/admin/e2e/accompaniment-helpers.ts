import { expect } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from './browser';

/** Picks an option of a MUI select, then waits for its menu to be gone (a fading menu fails axe's contrast check). */
export async function pick(page: Page, combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
  // A CSS locator also sees the aria-hidden menu while it fades out.
  await page.locator('[role="listbox"]').waitFor({ state: 'detached' });
}

/** Types in an autocomplete (searched server-side) and picks the option. */
export async function autocomplete(page: Page, input: Locator, text: string, option: string): Promise<void> {
  await input.fill(text);
  await page.getByRole('option', { name: option }).click();
}

/** Waits for a notification and for the end of its entrance animation (half-transparent, it fails contrast). */
export async function notification(page: Page, text: string | RegExp): Promise<void> {
  await page.getByText(text).waitFor();
  await settledNotifications(page);
}

/** Notifications fading in or out are half-transparent: wait until each is fully shown or gone. */
export async function settledNotifications(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.MuiSnackbarContent-root')].every((el) => getComputedStyle(el).opacity === '1'),
  );
}

/** Re-reads until the value is the expected one (the page refetches after a change), then asserts it. */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  expect(value).toEqual(expected);
}

/** The shared axe check, once notifications have settled (a fading one would fail the contrast rule). */
export async function checkA11y(page: Page): Promise<void> {
  await settledNotifications(page);
  await expectNoSeriousA11yViolations(page);
}

/** The fields of the rows a list page asks for with `fields` (its first such request once the page is reloaded). */
export async function listedFieldsOnReload(page: Page, resource: string): Promise<string[]> {
  // Not an answer to the page before the reload, whose body the reload takes away: a request started once the reload
  // was asked for (one the list made just before, after its filter's debounce, was taken once in CI). A request the
  // old page starts meanwhile is cancelled by the reload and gets no answer.
  await page.waitForLoadState('networkidle');
  const since = Date.now();
  const listed = page.waitForResponse((response) => new RegExp(`/api/${resource}\\?.*fields=`).test(response.url()) && response.request().timing().startTime >= since);
  await page.reload();
  const rows = (await (await listed).json()) as object[];
  return [...new Set(rows.flatMap((row) => Object.keys(row)))].sort();
}

/** Clicks the list's "Exporter" once it is enabled: the CSV's header cells and its lines. */
export async function exportedCsv(page: Page): Promise<{ columns: string[]; lines: string[] }> {
  await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('button[aria-label="Exporter"]')?.disabled);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter' }).click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const [header, ...lines] = Buffer.concat(chunks).toString('utf8').replace(/^\ufeff/, '').split(/\r?\n/);
  return { columns: header.split(';'), lines };
}
