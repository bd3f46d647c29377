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
