// Browser checks of the leadership dashboard, against an API that ./supervise test starts on a fresh seeded database.
// Each panel must show what the API answers; a red task opens its page, a score opens its explanation, and the as-of
// date changes the numbers. Screenshots go to $SCREENSHOTS.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.env.DASHBOARD_URL;
const token = process.env.DASHBOARD_TOKEN;
const shots = process.env.SCREENSHOTS ?? 'TestResults/screenshots';
let browser;
let page;
// What the pages' Content-Security-Policy refused (an inline script, an eval, a request elsewhere), as the browser reports it.
const refused = [];

const api = async (path) => {
  const response = await fetch(`${base}/api/${path}`, { headers: { Authorization: `Bearer ${token}` } });
  assert.equal(response.status, 200, path);
  return response.json();
};
const year = String(new Date().getFullYear());
const loaded = (view) => page.waitForSelector(`body[data-loaded=${view}]`, { timeout: 60_000 });
const shot = (name) => page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });

before(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1800 } });
  page.on('console', (message) => { if (/Content Security Policy/i.test(message.text())) refused.push(message.text()); });
  page.on('pageerror', (error) => refused.push(String(error)));
  await page.goto(`${base}/`);
  await page.fill('#token', token);
  await page.click('#login-form button[type=submit]');
  await loaded('dashboard');
  await shot('01-dashboard');
});

after(async () => browser?.close());

test('the light counts and red list are the API warnings', async () => {
  const lights = await api('warnings?jurisdiction=zhuji&pageSize=500');
  for (const light of ['red', 'yellow', 'blue'])
    assert.equal(Number(await page.textContent(`#light-${light}`)), lights.filter((l) => l.light === light).length, light);
  assert.equal(await page.locator('#red-tasks li').count(), Math.min(30, lights.filter((l) => l.light === 'red').length));
});

test('the scorecard ranking shows every unit with the API total and grade', async () => {
  const cards = await api(`scorecards?jurisdiction=zhuji&period=${year}`);
  assert.equal(await page.locator('#scores tbody tr').count(), cards.scores.length);
  for (const score of cards.scores.slice(0, 10))
    assert.equal(Number(await page.textContent(`#scores tr[data-unit="${score.unit}"] .total`)), score.total, score.unit);
});

test('the five-water panel shows each dimension score of the API', async () => {
  const view = await api(`assessments/five-water?jurisdiction=zhuji&period=${year}`);
  for (const cell of view.dimensions)
    assert.equal(Number(await page.textContent(`#five-water tr[data-dimension="${cell.dimension}"] .score`)), cell.score, cell.name);
});

test('a red task opens its page with its targets, timeline and light history', async () => {
  const first = page.locator('#red-tasks li a').first();
  const id = (await first.getAttribute('href')).split('/')[1];
  await first.click();
  await loaded('task');
  await shot('02-red-task');
  const [task, history, lights] = await Promise.all([api(`tasks/${id}`), api(`tasks/${id}/history?pageSize=500`), api(`tasks/${id}/lights?pageSize=500`)]);
  assert.equal(await page.textContent('#task-title'), task.title);
  assert.equal(await page.locator('#timeline li').count(), history.length);
  assert.equal(await page.locator('#light-history li').count(), lights.length);
  await page.goto(`${base}/#`);
  await loaded('dashboard');
});

test('a score opens its explanation, whose total is the API total', async () => {
  const unit = await page.locator('#scores tbody tr').first().getAttribute('data-unit');
  await page.click(`#scores tr[data-unit="${unit}"] a`);
  await loaded('explain');
  await shot('03-explain');
  const explained = await api(`scorecards/${unit}/explain?jurisdiction=zhuji&period=${year}`);
  assert.equal(Number(await page.textContent('#explain-total')), explained.total);
  assert.equal(await page.locator('section.component').count(), explained.components.length + 2);
  await page.goto(`${base}/#`);
  await loaded('dashboard');
});

test('choosing an earlier as-of date changes the numbers to what the API says then', async () => {
  const before = Number(await page.textContent('#light-red'));
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  await page.fill('#as-of', yesterday);
  await page.dispatchEvent('#as-of', 'change');
  await loaded('dashboard');
  await shot('04-as-of-yesterday');
  const then = await api(`warnings?jurisdiction=zhuji&pageSize=500&asOf=${yesterday}T23:59:59%2B08:00`);
  const red = Number(await page.textContent('#light-red'));
  assert.equal(red, then.filter((l) => l.light === 'red').length);
  assert.notEqual(red, before);
});

test('the pages run under their Content-Security-Policy with nothing refused, the API reference too', async () => {
  assert.deepEqual(refused, []);
  await page.goto(`${base}/docs/`);
  await page.waitForSelector('text=Download OpenAPI Document', { timeout: 60_000 });
  await shot('05-api-reference');
  assert.deepEqual(refused, []);
});
