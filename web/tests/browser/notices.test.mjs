// The notices journey: 诸暨市督考办 chases a task of 诸暨市水利局 from the task's page; the bureau's clerk signs in, sees
// the unread badge in the top bar, opens the notices from it, finds the chase, marks everything read, and the badge clears.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { api, openBrowser, base, shot, signInByName, signOut, tokenFor, unexpected } from './support.mjs';

const clerk = 'dev:unit:zhuji.water';
const title = `节水器具推广（消息测试 ${Date.now()}）`;
let browser, page, errors, office, taskId;
const badgeCount = () => page.locator('[data-test=notice-badge] .el-badge__content');

before(async () => {
  ({ browser, page, errors } = await openBrowser());
  office = await tokenFor('dev:zhuji:office');
  taskId = (await api(office, 'tasks', {
    method: 'POST', body: JSON.stringify({ jurisdiction: 'zhuji', title, leadUnits: ['zhuji.water'], deadline: '2027-12-31' }),
  })).id;
});
after(async () => browser?.close());

test('the office chases 诸暨市水利局 and its clerk reads the chase from the unread badge', async (t) => {
  await t.test('诸暨市督考办 chases the task from its page', async () => {
    await signInByName(page, '诸暨市督考办');
    await page.goto(`${base}/office/tasks/${taskId}`);
    await page.locator('[data-test=chase]').click();
    await page.locator('textarea[data-test=chase-reason], [data-test=chase-reason] textarea').first().fill('请于本周五前报送节水器具推广进展');
    await page.locator('[data-test=send-chase]').click();
    await page.locator('.el-message--success').waitFor();
  });

  await t.test('the clerk sees the unread badge, opens the notices and finds the chase', async () => {
    const token = await tokenFor(clerk);
    for (let i = 0; i < 100 && !(await api(token, 'notices?unread=true&pageSize=100')).items.some((n) => n.link.endsWith(taskId)); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await signOut(page);
    await signInByName(page, '诸暨市水利局');
    await badgeCount().waitFor();
    assert.ok(Number(await badgeCount().textContent()) > 0, 'the badge counts the unread notices');
    await page.locator('[data-test=notice-badge]').click();
    await page.waitForURL(/\/notices$/);
    const row = page.locator('[data-test=notices] .el-table__row', { hasText: title });
    await row.waitFor();
    assert.match(await row.textContent(), /催办/);
    assert.match(await row.textContent(), /请于本周五前报送节水器具推广进展/);
    await shot(page, 'department-notices');
  });

  await t.test('marking everything read clears the badge and the list', async () => {
    await page.locator('[data-test=mark-all]').click();
    await page.locator('[data-test=notices] .el-table__row', { hasText: title }).waitFor({ state: 'detached' });
    await badgeCount().waitFor({ state: 'hidden' });
    assert.deepEqual(unexpected(errors), []);
  });
});
