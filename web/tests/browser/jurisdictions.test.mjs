// An administrator's journey through the jurisdiction registry: a district registered under 绍兴市 appears in the tree at
// once; the same code again is refused beside the code field, with the API's message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { base, openBrowser, shot, signIn, unexpected } from './support.mjs';

let browser, page, errors;
const code = `browser-${Date.now().toString(36)}`;

before(async () => {
  ({ browser, page, errors } = await openBrowser());
  await signIn(page, 'dev:admin');
  await page.goto(`${base}/admin/jurisdictions`);
  await page.locator('[data-test=jurisdictions] [data-code="shaoxing"]').waitFor();
});
after(async () => browser?.close());

async function register(name) {
  await page.getByLabel('上级辖区代码').fill('shaoxing');
  await page.getByLabel('辖区代码', { exact: true }).fill(code);
  await page.getByLabel('名称', { exact: true }).fill(name);
  await page.locator('[data-test=register-jurisdiction]').click();
}

test('an admin registers a district and sees a refusal', async (t) => {
  await t.test('the registered district hangs under its city in the tree', async () => {
    await register('浏览器测试区');
    await page.locator(`[data-test=jurisdictions] [data-code="${code}"]`).waitFor();
    assert.match(await page.locator(`[data-code="${code}"]`).textContent(), /浏览器测试区/);
    await shot(page, 'admin-4-jurisdictions');
  });

  await t.test('the same code again is refused beside the code field', async () => {
    await register('重复登记区');
    const error = page.locator('.el-form-item', { hasText: '辖区代码' }).filter({ hasNotText: '上级' }).locator('.el-form-item__error');
    await error.waitFor();
    assert.match(await error.textContent(), /already registered/);
  });

  await t.test('no script error and no CSP violation was reported', () => assert.deepEqual(unexpected(errors), []));
});
