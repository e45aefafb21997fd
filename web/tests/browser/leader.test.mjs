// A parent jurisdiction's leader: 绍兴市's dashboard rolls up the lights of 诸暨市 below it; the leader drills down to
// 诸暨市 and to one red task. Every number is the API's; a score opens its explanation; an earlier as-of day changes the
// numbers; a jurisdiction outside the leader's is refused on the page. The first screen's render time is reported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { api, base, openBrowser, shot, signIn, tokenFor, unexpected } from './support.mjs';

const leaderPerson = 'dev:shaoxing:leader';
const year = String(new Date().getFullYear());
let browser, page, errors, leader;
const count = async (light) => Number(await page.locator(`#light-${light}`).textContent());
const total = async (path) => {
  const response = await fetch(`${base}/api/${path}`, { headers: { Authorization: `Bearer ${leader}` } });
  assert.equal(response.status, 200, path);
  return Number(response.headers.get('X-Total-Count'));
};
const loaded = () => page.locator('main[data-loaded=dashboard]').waitFor({ timeout: 60_000 });

before(async () => {
  ({ browser, page, errors } = await openBrowser());
  leader = await tokenFor(leaderPerson);
  await signIn(page, leaderPerson);
  await loaded();
});
after(async () => browser?.close());

test('a parent leader drills down from 绍兴市 to 诸暨市 to one task', async (t) => {
  await t.test('the first screen renders, and how long it took is reported', async () => {
    const started = Date.now();
    await page.goto(`${base}/leader`);
    await page.locator('#light-red').waitFor();
    const firstScreen = Date.now() - started;
    await loaded();
    t.diagnostic(`first screen (leader dashboard, lights shown): ${firstScreen} ms; all panels: ${Date.now() - started} ms`);
    console.log(`first screen (leader dashboard, lights shown): ${firstScreen} ms; all panels: ${Date.now() - started} ms`);
    await shot(page, 'leader-1-shaoxing');
  });

  await t.test('绍兴市 shows the red lights of the jurisdictions below it', async () => {
    const zhuji = await total('warnings?jurisdiction=zhuji&light=red&pageSize=1');
    assert.ok(zhuji > 0, '诸暨市 has red tasks in the seed');
    assert.equal(await count('red'), zhuji + (await total('warnings?jurisdiction=shaoxing&light=red&pageSize=1')));
    assert.equal(Number(await page.locator('[data-red=zhuji]').textContent()), zhuji);
  });

  await t.test('it drills down to 诸暨市, whose panels show the API numbers', async () => {
    await page.locator('[data-child=zhuji]').click();
    await page.waitForURL(`${base}/leader/jurisdictions/zhuji`);
    await loaded();
    for (const light of ['red', 'yellow', 'blue'])
      assert.equal(await count(light), await total(`warnings?jurisdiction=zhuji&light=${light}&pageSize=1`), light);
    const cards = await api(leader, `scorecards?jurisdiction=zhuji&period=${year}`);
    assert.equal(await page.locator('[data-test=scores] .el-table__body .total').count(), cards.scores.length);
    for (const score of cards.scores.slice(0, 5))
      assert.equal(Number(await page.locator(`[data-test=scores] .total[data-unit="${score.unit}"]`).textContent()), score.total, score.unit);
    const fiveWater = await api(leader, `assessments/five-water?jurisdiction=zhuji&period=${year}`);
    for (const cell of fiveWater.dimensions)
      assert.equal(Number(await page.locator(`[data-test=five-water] .score[data-dimension=${cell.dimension}]`).textContent()), cell.score, cell.name);
    await shot(page, 'leader-2-zhuji');
  });

  await t.test('a score opens its explanation, whose total is the API total', async () => {
    const unit = await page.locator('[data-test=scores] [data-explain]').first().getAttribute('data-explain');
    await page.locator(`[data-explain="${unit}"]`).click();
    await page.locator('main[data-loaded=explain]').waitFor();
    const explained = await api(leader, `scorecards/${unit}/explain?jurisdiction=zhuji&period=${year}`);
    assert.equal(Number(await page.locator('[data-test=explain-total]').textContent()), explained.total);
    assert.equal(await page.locator('[data-component]').count(), explained.components.length + 2);
    await shot(page, 'leader-3-explain');
    await page.goBack();
    await loaded();
  });

  await t.test('a red task opens its page with its reasons, targets and record', async () => {
    const link = page.locator('[data-test=red-tasks] a').first();
    const id = (await link.getAttribute('href')).split('/').pop();
    await link.click();
    await page.locator('main[data-loaded=task]').waitFor();
    const [task, history] = await Promise.all([api(leader, `tasks/${id}`), api(leader, `tasks/${id}/history`)]);
    assert.match(await page.locator('[data-test=task-title]').textContent(), new RegExp(task.title));
    assert.equal(await page.locator('[data-test=light-reasons] li').count(), task.lightReasons.length);
    const shown = Math.min(history.length, 50);
    await page.locator('[data-test=history] .el-timeline-item').nth(shown - 1).waitFor();
    assert.equal(await page.locator('[data-test=history] .el-timeline-item').count(), shown, 'the record, paged by 50');
    await shot(page, 'leader-4-task');
  });

  await t.test('an earlier as-of day shows the numbers as the API gives them then', async () => {
    await page.goto(`${base}/leader/jurisdictions/zhuji`);
    await loaded();
    const now = await count('red');
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await page.getByPlaceholder('选择过去的日期，查看当时的情况').fill(yesterday);
    await page.getByPlaceholder('选择过去的日期，查看当时的情况').press('Enter');
    await page.locator('main:not([data-loaded])').waitFor().catch(() => undefined);
    await loaded();
    const then = await total(`warnings?jurisdiction=zhuji&light=red&pageSize=1&asOf=${yesterday}T23:59:59%2B08:00`);
    assert.equal(await count('red'), then);
    assert.notEqual(then, now);
  });

  await t.test('a jurisdiction outside the leader\'s is refused on the page', async () => {
    await page.goto(`${base}/leader/jurisdictions/yiwu`);
    const refusal = page.locator('[role=alert][data-status="404"]');
    await refusal.waitFor();
    assert.match(await refusal.textContent(), /未找到/);
  });

  await t.test('no script error and no CSP violation was reported', () => assert.deepEqual(unexpected(errors), []));
});
