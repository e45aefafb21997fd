// In production the workbench signs in with the authorization code flow and PKCE against the configured authority;
// the library keeps its state and the user in the session storage it is given, never in localStorage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from './typescript.mjs';

const memory = () => {
  const items = new Map();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => items.set(k, String(v)), removeItem: (k) => items.delete(k),
    key: (i) => [...items.keys()][i] ?? null, get length() { return items.size; }, clear: () => items.clear() };
};
const configured = { mode: 'oidc', authority: 'https://idp.example.test/realms/gov', clientId: 'workbench', scope: 'openid profile supervision' };

test('the settings ask for a code, return to /signed-in, and keep state and user in the storage given', async () => {
  const { oidcSettings, callbackPath } = await load('session/oidc.ts');
  const storage = memory();

  const settings = oidcSettings(configured, 'http://127.0.0.1:5080', storage);

  assert.equal(settings.response_type, 'code');
  assert.equal(settings.authority, configured.authority);
  assert.equal(settings.client_id, 'workbench');
  assert.equal(settings.scope, 'openid profile supervision');
  assert.equal(settings.redirect_uri, `http://127.0.0.1:5080${callbackPath}`);
  await settings.stateStore.set('probe', 'x');
  await settings.userStore.set('user', 'y');
  assert.equal(storage.length, 2);
});

test('without an authority and a client id there is nothing to sign in with', async () => {
  const { oidcSettings } = await load('session/oidc.ts');
  assert.throws(() => oidcSettings({ ...configured, clientId: null }, 'http://127.0.0.1:5080', memory()));
  assert.throws(() => oidcSettings({ mode: 'development', authority: null, clientId: null, scope: '' }, 'http://127.0.0.1:5080', memory()));
});
