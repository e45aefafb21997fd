// An administrator's journey: background work that kept failing (a light evaluation over a damaged 督办单) waits in the
// dead letters; after the data is repaired the administrator replays it from the page. A replay another administrator
// already made is refused on the page, with the API's message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { api, base, openBrowser, shot, shotPage, signIn, tokenFor, unexpected } from './support.mjs';
import { sql } from './database.mjs';

let browser, page, errors, admin, dead;
const year = new Date().getFullYear();
const until = async (what, check) => {
  for (let i = 0; i < 120; i++) {
    const value = await check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  assert.fail(`${what} did not happen within a minute`);
};

before(async () => {
  ({ browser, page, errors } = await openBrowser());
  const office = await tokenFor('dev:xinbei:office');
  admin = await tokenFor('dev:admin');
  const tasks = (await api(office, 'plans/xinbei-water-saving-2020/tasks?pageSize=2')).map((t) => t.id);
  const inspection = (await api(office, 'inspections', { method: 'POST', body: JSON.stringify({
    jurisdiction: 'xinbei', taskIds: tasks, instructions: '请说明进度滞后原因', severity: 'general', responseDeadline: `${year + 1}-06-30` }) })).id;
  // The command's units no longer read: each task's light evaluation fails on it, is retried, then dead-lettered.
  const original = sql(`select data::text from supervision.mt_doc_inspectioncommand where id = '${inspection}'`);
  sql(`update supervision.mt_doc_inspectioncommand set data = jsonb_set(data, '{units}', '"broken"') where id = '${inspection}'`);
  for (const task of tasks) await api(office, `tasks/${task}/reminders`, { method: 'POST', body: JSON.stringify({ reason: '请按时报送' }) });
  dead = await until('two light evaluations dead-lettered', async () => {
    const messages = (await api(admin, 'admin/dead-letters')).messages.filter((m) => /EvaluateLights/i.test(m.messageType));
    return messages.length >= 2 && messages;
  });
  sql(`update supervision.mt_doc_inspectioncommand set data = '${original.replace(/'/g, "''")}'::jsonb where id = '${inspection}'`);
  await signIn(page, 'dev:admin');
});
after(async () => browser?.close());

test('an admin replays a dead letter', async (t) => {
  await t.test('the dead letters are listed with what failed', async () => {
    for (const message of dead) await page.locator(`[data-replay="${message.id}"]`).waitFor();
    await shot(page, 'admin-1-dead-letters');
  });

  await t.test('a replay another administrator made first is refused on the page', async () => {
    await api(admin, `admin/dead-letters/messages/${dead[0].id}/replay`, { method: 'POST' });
    await until('the other replay is handled', async () => !(await api(admin, 'admin/dead-letters')).messages.some((m) => m.id === dead[0].id));
    await page.locator(`[data-replay="${dead[0].id}"]`).click();
    const refusal = page.locator('[role=alert][data-status="404"]');
    await refusal.waitFor();
    assert.match(await refusal.textContent(), /未找到/);
  });

  await t.test('after the repair, a replay from the page hands the message back and it is handled', async () => {
    await page.locator(`[data-replay="${dead[1].id}"]`).click();
    await page.locator(`[data-replay="${dead[1].id}"]`).waitFor({ state: 'detached' });
    await until('the replayed message is handled', async () => !(await api(admin, 'admin/dead-letters')).messages.some((m) => m.id === dead[1].id));
    await page.reload();
    await page.locator('[data-test=dead-messages]').waitFor();
    assert.equal(await page.locator(`[data-replay="${dead[1].id}"], [data-replaying="${dead[1].id}"]`).count(), 0);
    await shot(page, 'admin-2-replayed');
  });

  await t.test('the node and the rule versions are shown', async () => {
    await page.goto(`${base}/admin/node`);
    await page.locator('[data-test=node]').waitFor();
    await shot(page, 'admin-4-node');
    await page.goto(`${base}/admin/rules`);
    await page.locator('[data-test=rule-versions] .el-table__row').first().waitFor();
    await shot(page, 'admin-3-rules');
    await shotPage(page, '/admin/people', 'admin-5-people');
  });

  await t.test('no script error and no CSP violation was reported', () => assert.deepEqual(unexpected(errors), []));
});
