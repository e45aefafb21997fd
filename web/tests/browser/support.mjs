// What every journey needs: a headless Debian chromium, a page that records console errors (a CSP violation is one),
// sign-in through the development sign-in page, the API's own answers to compare with, and screenshots.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const base = process.env.WORKBENCH_URL ?? 'http://127.0.0.1:5085';
const shots = process.env.SCREENSHOTS ?? 'TestResults/screenshots';

export async function openBrowser() {
  mkdirSync(shots, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return { browser, page, errors };
}

/** Console errors other than the refusals a journey provokes on purpose (the browser logs every 4xx it receives). */
export const unexpected = (errors) => errors.filter((e) => !/status of 4\d\d/.test(e));

export const shot = (page, name) => page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });

/** Opens a main page of the signed-in role and takes its screenshot once its requests are answered. */
export async function shotPage(page, path, name) {
  await page.goto(`${base}${path}`);
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  await shot(page, name);
}

/** Signs in as a person of the directory by clicking their name on the sign-in page, as a new user would. */
export async function signIn(page, personId) {
  await page.goto(`${base}/sign-in`);
  await page.locator(`[data-person="${personId}"]`).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Signs in by the name a new user reads on the sign-in page (the first button bearing exactly that name). */
export async function signInByName(page, name) {
  await page.goto(`${base}/`);
  await page.getByRole('button', { name, exact: true }).first().click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

export async function signOut(page) {
  await page.locator('[data-test=sign-out]').click();
  await page.waitForURL(/\/sign-in/);
}

/** A token for a person, for the API answers a journey compares the page with. */
export async function tokenFor(personId) {
  const response = await fetch(`${base}/auth/dev/sign-in`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ personId }),
  });
  assert.equal(response.status, 200, `sign-in as ${personId}`);
  return (await response.json()).token;
}

export async function api(token, path, init = {}) {
  const response = await fetch(`${base}/api/${path}`, {
    ...init, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...(init.headers ?? {}) },
  });
  assert.ok(response.ok, `${init.method ?? 'GET'} ${path}: ${response.status} ${await response.clone().text()}`);
  return response.status === 202 ? null : response.json();
}

/** A small valid PDF, and one over the 10 MiB evidence limit. */
export const pdf = (size = 0) => ({
  name: size ? 'too-large.pdf' : 'report.pdf', mimeType: 'application/pdf',
  buffer: Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'), Buffer.alloc(size)]),
});
