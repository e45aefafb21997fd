// A department's journeys. First the one a new user takes on a fresh installation, by names and buttons only: 诸暨市水利局
// signs for a plan's task and reports on it, 诸暨市督考办 returns the report from its inbox with a reason, and the clerk
// finds the reason in its inbox and above the report form. Then a task with a period owed: a file the API refuses, a
// report with a reading and a PDF counted for its period, returned with a reason, resubmitted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { api, base, openBrowser, pdf, shot, shotPage, signInByName, signOut, tokenFor, unexpected } from './support.mjs';

const clerk = 'dev:unit:zhuji.water';
const officePerson = 'dev:zhuji:office';
const title = `更新改造老旧供水管网（浏览器测试 ${Date.now()}）`;
let browser, page, errors, office, taskId;
const field = (name) => page.locator(`textarea[data-test=${name}], input[data-test=${name}], [data-test=${name}] textarea, [data-test=${name}] input`).first();
const returnWithReason = async (row, reason) => {
  await row.locator('[data-return=reviewReport]').click();
  await page.locator('.el-message-box input').fill(reason);
  await page.locator('.el-message-box__btns .el-button--primary').click();
  await row.waitFor({ state: 'detached' });
};

before(async () => {
  ({ browser, page, errors } = await openBrowser());
  office = await tokenFor(officePerson);
});
after(async () => browser?.close());

test('a new user reports on a plan task, the office returns it, and the clerk reads the reason', async (t) => {
  let planTask;
  await t.test('诸暨市水利局 signs for its first task and reports on it', async () => {
    await signInByName(page, '诸暨市水利局');
    const first = page.locator('[data-test=inbox] .el-table__row', { has: page.locator('[data-act=signTask]') }).first();
    await first.waitFor();
    planTask = (await first.locator('a').textContent()).trim();
    await first.locator('a').click();
    await page.locator('[data-test=sign-task]').click();
    await page.locator('[data-test=sign-task]').waitFor({ state: 'detached' });
    await page.locator('[data-test=report]').click();
    assert.match(await page.locator('[data-test=period]').textContent(), /\d{4}/, 'a period is picked for the clerk');
    await field('narrative').fill('已完成年度节水宣传和计量设施改造');
    await page.locator('[data-test=submit-report]').click();
    await page.locator('[data-test=reports] .el-table__row').first().waitFor();
  });

  await t.test('诸暨市督考办 finds the report in its inbox and returns it with a reason', async () => {
    await signOut(page);
    await signInByName(page, '诸暨市督考办');
    const row = page.locator('[data-test=decisions] .el-table__row', { hasText: planTask }).filter({ has: page.locator('[data-return=reviewReport]') });
    await returnWithReason(row, '请补充计量设施改造的验收材料');
  });

  await t.test('the clerk sees the reason in its inbox and above the report form', async () => {
    await signOut(page);
    await signInByName(page, '诸暨市水利局');
    const returned = page.locator('[data-test=inbox] .el-table__row').first();
    assert.match(await returned.textContent(), /请补充计量设施改造的验收材料/);
    await returned.locator('[data-act=resubmitReport]').click();
    assert.match(await page.locator('[data-test=returned-reason]').textContent(), /请补充计量设施改造的验收材料/);
  });
});

test('a department reports, is returned, and resubmits', async (t) => {
  const year = new Date().getFullYear();
  taskId = (await api(office, 'tasks', { method: 'POST', body: JSON.stringify({
    jurisdiction: 'zhuji', title, content: '城市公共供水管网漏损率控制在8.5%以内', category: ['六大工程', '城镇节水降损'],
    leadUnits: ['zhuji.water'], participatingUnits: [], deadline: `${year + 1}-12-31`,
    targets: [{ metric: '城市公共供水管网漏损率', comparator: 'atMost', value: 8.5, unit: '%', year: year + 1 }],
  }) })).id;

  await t.test('it sees the new task in its inbox and signs for it there', async () => {
    await signOut(page);
    await signInByName(page, '诸暨市水利局');
    const row = page.locator('[data-test=inbox] .el-table__row', { hasText: title });
    await row.waitFor();
    await shot(page, 'department-1-inbox');
    await row.locator('[data-act=signTask]').click();
    await row.waitFor({ state: 'detached' });
    const task = await api(await tokenFor(clerk), `tasks/${taskId}`);
    assert.deepEqual(task.acceptedBy, ['zhuji.water']);
  });

  await t.test('a file the API cannot take is refused with its message beside the upload', async () => {
    await page.goto(`${base}/department/tasks/${taskId}`);
    await page.locator('[data-test=report]').click();
    await page.locator('input[data-test=evidence-input]').setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('just some text') });
    const refusal = page.locator('[data-file="notes.pdf"] [role=alert]');
    await refusal.waitFor();
    assert.match(await refusal.textContent(), /不支持的文件类型/);
  });

  await t.test('it submits a report with a reading and a PDF, and sees it counted', async () => {
    await page.locator('[data-test=progress] input').first().fill('40');
    await page.locator('[data-target=t1] input').fill('9.1');
    await field('narrative').fill('完成老旧管网改造12公里');
    await page.locator('input[data-test=evidence-input]').setInputFiles(pdf());
    await page.locator('[data-file="report.pdf"] .el-progress.is-success').waitFor();
    await shot(page, 'department-2-report');
    await page.locator('[data-test=submit-report]').click();
    await page.waitForURL(`${base}/department/tasks/${taskId}`);
    const counted = page.locator('[data-test=periods] [data-status=onTime]');
    await counted.first().waitFor();
    const reports = await api(office, `tasks/${taskId}/reports`);
    assert.equal(reports.reports.length, 1);
    assert.equal(reports.periods.filter((p) => p.status === 'onTime').length, await counted.count());
    const task = await api(office, `tasks/${taskId}`);
    assert.equal(task.targets[0].latestReading, 9.1);
    assert.equal(task.progressPercent, 40);
    const reported = page.locator('[data-test=history] .el-timeline-item', { hasText: '报送进展' }).first();
    await reported.locator('[data-test=actor]', { hasText: '诸暨市水利局' }).waitFor();
    await shot(page, 'department-3-task');
  });

  await t.test('the office returns it with a reason from its task page', async () => {
    await signOut(page);
    await signInByName(page, '诸暨市督考办');
    await page.goto(`${base}/office/tasks/${taskId}`);
    await page.locator('[data-test=return-report]:visible').first().click();
    await page.locator('.el-message-box input').fill('读数缺少计量依据，请补充水表台账');
    await page.locator('.el-message-box__btns .el-button--primary').click();
    await page.locator('[data-test=return-reason]').waitFor();
    await shot(page, 'office-task-returned');
  });

  await t.test('the clerk sees the reason and resubmits', async () => {
    await signOut(page);
    await signInByName(page, '诸暨市水利局');
    const returned = page.locator('[data-test=inbox] .el-table__row', { hasText: title });
    assert.match(await returned.textContent(), /读数缺少计量依据/);
    await returned.locator('a', { hasText: title }).click();
    assert.match(await page.locator('[data-test=return-reason]').textContent(), /读数缺少计量依据/);
    await page.locator('[data-test=report]').click();
    assert.match(await page.locator('[data-test=returned-reason]').textContent(), /读数缺少计量依据/);
    await page.locator('[data-target=t1] input').fill('8.4');
    await field('narrative').fill('补充水表台账，漏损率降至8.4%');
    await page.locator('[data-test=submit-report]').click();
    await page.waitForURL(`${base}/department/tasks/${taskId}`);
    await page.locator('[data-test=periods] [data-status=onTime]').first().waitFor();
    const reports = await api(office, `tasks/${taskId}/reports`);
    assert.equal(reports.reports.length, 2);
    assert.equal(reports.reports.filter((r) => r.returnedAt).length, 1);
  });

  await t.test('its scorecard page is shown', () => shotPage(page, '/department/scorecard', 'department-4-scorecard'));

  await t.test('no script error and no CSP violation was reported', () => assert.deepEqual(unexpected(errors), []));
});
