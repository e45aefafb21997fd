// The office's journey: it approves an extension, issues a 督办单 on tasks it selects (after a refusal shown beside the
// field it names), records a finding and verifies its rectification, and imports a small .docx plan.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { api, base, openBrowser, shot, shotPage, signIn, tokenFor, unexpected } from './support.mjs';
import { taskTableDocx } from './docx.mjs';

const officePerson = 'dev:zhuji:office';
const year = new Date().getFullYear();
const title = `推进城镇节水降损（浏览器测试 ${Date.now()}）`;
let browser, page, errors, office, clerk, taskId;

before(async () => {
  ({ browser, page, errors } = await openBrowser());
  [office, clerk] = await Promise.all([tokenFor(officePerson), tokenFor('dev:unit:zhuji.water')]);
  taskId = (await api(office, 'tasks', { method: 'POST', body: JSON.stringify({
    jurisdiction: 'zhuji', title, content: '实施供水管网改造', category: ['六大工程'], leadUnits: ['zhuji.water'], participatingUnits: [],
    deadline: `${year + 1}-06-30`, targets: [] }) })).id;
  await api(clerk, `tasks/${taskId}/accept`, { method: 'POST' });
  await api(clerk, `tasks/${taskId}/extensions`, { method: 'POST', body: JSON.stringify({ newDeadline: `${year + 1}-12-31`, reason: '管材供应延误' }) });
  await signIn(page, officePerson);
});
after(async () => browser?.close());

const datePicker = async (placeholder, day) => {
  await page.getByPlaceholder(placeholder).fill(day);
  await page.getByPlaceholder(placeholder).press('Enter');
};

test('the office decides, inspects, verifies and imports', async (t) => {
  await t.test('it approves an extension in one step', async () => {
    const row = page.locator('[data-test=decisions] .el-table__row', { hasText: title });
    await row.waitFor();
    await shot(page, 'office-1-decisions');
    await row.locator('[data-approve=decideExtension]').click();
    await row.waitFor({ state: 'detached' });
    const task = await api(office, `tasks/${taskId}`);
    assert.equal(task.deadline, `${year + 1}-12-31`);
    assert.equal(task.extensions[0].status, 'approved');
  });

  await t.test('it issues a 督办单 on red tasks it selects, after the refusal names the missing field', async () => {
    await page.goto(`${base}/office/tasks`);
    await page.locator('[data-test=task-table] .el-table__row').first().waitFor();
    await page.locator('[data-test=filter-light]').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: '红灯' }).click();
    await page.locator('[data-test=task-table] [data-light=none]').first().waitFor({ state: 'detached' });
    await shot(page, 'office-2-tasks');
    const rows = page.locator('[data-test=task-table] .el-table__body .el-table__row');
    await rows.nth(0).locator('.el-checkbox').click();
    await rows.nth(1).locator('.el-checkbox').click();
    await page.locator('[data-test=issue-inspection]').click();
    await page.locator('[data-test=issue]').click();
    const error = page.locator('.el-dialog .el-form-item', { hasText: '督办要求' }).locator('.el-form-item__error');
    await error.waitFor();
    assert.match(await error.textContent(), /instructions/i);
    const before = (await api(office, 'inspections?pageSize=500')).length;
    await page.locator('.el-dialog textarea').fill('请于期限内说明滞后原因并提出整改措施');
    await datePicker('回复期限', `${year + 1}-01-15`);
    await page.locator('[data-test=issue]').click();
    await page.locator('.el-dialog').waitFor({ state: 'hidden' });
    const issued = await api(office, 'inspections?pageSize=500');
    assert.equal(issued.length, before + 1);
    assert.equal(issued.find((i) => i.instructions.startsWith('请于期限内')).taskIds.length, 2);
  });

  await t.test('it records a finding and verifies the rectification', async () => {
    await page.goto(`${base}/office/tasks/${taskId}`);
    await page.locator('[data-test=record-finding]').click();
    await page.locator('textarea[data-test=finding-description], [data-test=finding-description] textarea').first().fill('管网改造资料不全');
    await page.locator('input[data-test=finding-category], [data-test=finding-category] input').first().fill('资料不实');
    await datePicker('整改期限', `${year + 1}-02-28`);
    await page.locator('[data-test=submit-finding]').click();
    await page.locator('[data-finding-status=open]').waitFor();
    const [finding] = await api(office, `findings?taskId=${taskId}`);
    await api(clerk, `findings/${finding.id}/rectifications`, { method: 'POST', body: JSON.stringify({ text: '已补齐改造验收资料', evidenceIds: [] }) });
    await page.reload();
    await page.locator('[data-test=verify-finding]:visible').first().click();
    await page.locator('[data-finding-status=closed]').waitFor();
    assert.equal((await api(office, `findings/${finding.id}`)).status, 'closed');
    await shot(page, 'office-3-task');
  });

  await t.test('it reviews a small .docx plan, sees the mapping and the units it would add, and confirms it', async () => {
    const planId = `zhuji-browser-${Date.now()}`;
    await page.goto(`${base}/office/plans/import`);
    await page.locator('input[data-test=plan-id], [data-test=plan-id] input').first().fill(planId);
    await page.locator('input[data-test=plan-title], [data-test=plan-title] input').first().fill('诸暨市节水宣传专项方案');
    await page.locator('input[data-test=plan-file]').setInputFiles({ name: 'plan.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: taskTableDocx([
        ['序号', '重点任务', '具体内容', '责任单位', '完成时限'],
        ['1', '节水宣传', '开展节水宣传进社区活动，到2027年社区覆盖率达到90%以上', '市水利局', '2027年12月'],
        ['2', '节水型单位', '创建节水型单位20家', '市机关事务管理中心', '2027年12月'],
      ]) });
    await page.locator('[data-test=preview]').click();
    await page.locator('[data-test=import-preview]').waitFor();
    assert.match(await page.locator('[data-test=preview-mapping]').textContent(), /责任单位 → 牵头单位/);
    assert.match(await page.locator('[data-test=preview-units]').textContent(), /zhuji\.government-offices-center/);
    assert.match(await page.locator('[data-test=preview-diff]').textContent(), /新交办 2/);
    await assert.rejects(api(office, `plans/${planId}`), 'the review imports nothing');
    await shot(page, 'office-4-import');
    await page.locator('[data-test=import]').click();
    await page.locator('[data-test=import-summary]').waitFor();
    assert.equal(await page.locator('[data-test=tasks-assigned]').textContent(), '2');
    const tasks = await api(office, `plans/${planId}/tasks`);
    assert.equal(tasks.length, 2);
    assert.equal(tasks[0].targets[0].value, 90);
    assert.deepEqual(tasks[1].leadUnits, ['zhuji.government-offices-center']);
  });

  await t.test('a plan of 500 tasks is paged by the API, and how long a page takes is reported', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => [String(i + 1), `节水专项任务${i + 1}`, `开展第${i + 1}项节水改造`, '市水利局', '2027年12月']);
    const form = new FormData();
    form.append('file', new Blob([taskTableDocx([['序号', '重点任务', '具体内容', '责任单位', '完成时限'], ...rows])]), 'large.docx');
    const query = new URLSearchParams({ jurisdiction: 'zhuji', title: '诸暨市节水专项（500 项）', planId: `zhuji-large-${Date.now()}` });
    const imported = await fetch(`${base}/api/plans/import?${query}`, { method: 'POST', headers: { Authorization: `Bearer ${office}` }, body: form });
    assert.ok(imported.ok, `import of 500 tasks: ${imported.status} ${await imported.clone().text()}`);
    await page.goto(`${base}/office/tasks`);
    const table = page.locator('[data-test=task-table] .el-table__body .el-table__row');
    await table.nth(49).waitFor();
    assert.match(await page.locator('.el-pagination__total').textContent(), /500/);
    let started = Date.now();
    await page.locator('.el-pagination .number', { hasText: /^10$/ }).click();
    await page.locator('[data-test=task-table] .el-table__row', { hasText: '节水专项任务500' }).waitFor();
    const lastPage = Date.now() - started;
    started = Date.now();
    await page.locator('.el-pagination__sizes .el-select').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: '100' }).click();
    await table.nth(99).waitFor({ timeout: 60_000 });
    console.log(`500 tasks, paged: ${lastPage} ms to the last page of 50, ${Date.now() - started} ms to 100 on a page`);
  });

  await t.test('its other main pages are shown', async () => {
    await shotPage(page, '/office/tasks/new', 'office-5-assign');
    await shotPage(page, '/office/inspections', 'office-6-inspections');
    await shotPage(page, '/office/findings', 'office-7-findings');
    await shotPage(page, '/office/periods', 'office-8-periods');
    await shotPage(page, '/office/people', 'office-9-people');
  });

  await t.test('no script error and no CSP violation was reported', () => assert.deepEqual(unexpected(errors), []));
});
