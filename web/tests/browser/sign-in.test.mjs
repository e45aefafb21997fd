// Sign-in: the development sign-in keeps the token in sessionStorage only and sign-out forgets it; with an identity
// provider configured, the sign-in page leaves for it with an authorization code request carrying a PKCE challenge.
// That check runs a second API (Production, Auth__Authority set) in front of a tiny fake authority.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { base, openBrowser, signIn, signOut, unexpected, shot } from './support.mjs';

let browser, page, errors;
before(async () => ({ browser, page, errors } = await openBrowser()));
after(async () => browser?.close());

test('the development sign-in keeps the token for the tab only, and sign-out forgets it', async () => {
  const started = Date.now();
  await page.goto(`${base}/sign-in`);
  await page.locator('[data-person="dev:unit:zhuji.water"]').waitFor();
  console.log(`first screen (sign-in page with the directory): ${Date.now() - started} ms`);
  await shot(page, 'sign-in');
  await signIn(page, 'dev:unit:zhuji.water');
  const stored = await page.evaluate(() => ({ local: localStorage.length, token: sessionStorage.getItem('supervision.token') }));
  assert.equal(stored.local, 0);
  assert.match(stored.token, /^ey/);
  await signOut(page);
  const left = await page.evaluate(() => ({ local: localStorage.length, values: Object.values(sessionStorage) }));
  assert.equal(left.local, 0);
  assert.deepEqual(left.values.filter((v) => /ey[\w-]+\.ey/.test(v)), [], 'no token is left in sessionStorage');
  await page.goto(`${base}/department`);
  await page.waitForURL(/\/sign-in/);
  assert.deepEqual(unexpected(errors), []);
});

test('a person signs in with the keyboard alone: the filter, Tab to their name, Enter', async () => {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('按单位或辖区名称筛选').fill('诸暨市水利局');
  for (let presses = 0; presses < 12; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.getAttribute('data-person')) === 'dev:unit:zhuji.water') break;
  }
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/department$/);
  await page.locator('[data-test=inbox]').waitFor();
  await signOut(page);
  assert.deepEqual(unexpected(errors), []);
});

test('with OpenID Connect configured, the sign-in page goes to the authority with a PKCE code challenge', async (t) => {
  const requests = [];
  const authority = createServer((request, response) => {
    const url = new URL(request.url, `http://${request.headers.host}`);
    requests.push(url);
    const origin = `http://${request.headers.host}`;
    if (url.pathname === '/.well-known/openid-configuration') {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
      response.end(JSON.stringify({ issuer: origin, authorization_endpoint: `${origin}/authorize`, token_endpoint: `${origin}/token`,
        jwks_uri: `${origin}/jwks`, response_types_supported: ['code'], code_challenge_methods_supported: ['S256'] }));
    } else {
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end('<!doctype html><title>fake authority</title><p>sign in here</p>');
    }
  });
  await new Promise((resolve) => authority.listen(0, '127.0.0.1', resolve));
  const authorityUrl = `http://127.0.0.1:${authority.address().port}`;
  const port = 5300 + Math.floor(Math.random() * 500);
  const api = spawn('dotnet', [process.env.WORKBENCH_API_DLL, '--urls', `http://127.0.0.1:${port}`], {
    env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Production', Auth__Authority: authorityUrl, Auth__ClientId: 'workbench',
      Auth__RequireHttpsMetadata: 'false', ConnectionStrings__Marten: process.env.WORKBENCH_DATABASE, Supervision__SeedPlans: '',
      Supervision__AsyncProjections: 'false', Supervision__DeadlineSweepMinutes: '0', Serilog__MinimumLevel__Default: 'Warning' },
    stdio: 'ignore',
  });
  t.after(() => { api.kill(); authority.close(); });
  const apiUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120 && !(await fetch(`${apiUrl}/health/ready`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 500));

  const policy = (await fetch(`${apiUrl}/sign-in`)).headers.get('content-security-policy');
  assert.match(policy, new RegExp(`connect-src 'self' ${authorityUrl}`));
  const before = errors.length;
  await page.goto(`${apiUrl}/sign-in`);
  await page.waitForURL(`${authorityUrl}/authorize**`);
  const authorize = new URL(page.url());
  assert.equal(authorize.searchParams.get('response_type'), 'code');
  assert.equal(authorize.searchParams.get('client_id'), 'workbench');
  assert.equal(authorize.searchParams.get('redirect_uri'), `${apiUrl}/signed-in`);
  assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
  assert.match(authorize.searchParams.get('code_challenge'), /^[A-Za-z0-9_-]{43}$/);
  assert.ok(requests.some((r) => r.pathname === '/.well-known/openid-configuration'), 'the discovery document was read under the page CSP');
  await page.goto(`${apiUrl}/health/live`);
  const storage = await page.evaluate(() => ({ local: localStorage.length, session: Object.keys(sessionStorage) }));
  assert.equal(storage.local, 0);
  assert.ok(storage.session.some((k) => k.startsWith('oidc.')), 'the PKCE state waits in sessionStorage');
  assert.deepEqual(unexpected(errors.slice(before)), []);
});
