// The leadership dashboard: the API's assessment views for one jurisdiction and period, as of a chosen day.
const $ = (selector) => document.querySelector(selector);
const tokenKey = 'supervision-token';
const state = { token: sessionStorage.getItem(tokenKey), jurisdiction: null, home: null, period: null, asOf: '' };
const dimensions = { sewageTreatment: '治污水', floodControl: '防洪水', drainage: '排涝水', waterSupply: '保供水', waterSaving: '抓节水' };
const charts = {};

function claims(token) {
  const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(decodeURIComponent(escape(atob(payload))));
}

async function api(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '' && v !== null && v !== undefined));
  const response = await fetch(`/api/${path}${query.size ? `?${query}` : ''}`, { headers: { Authorization: `Bearer ${state.token}` } });
  if (response.status === 401) { signOut(); throw new Error('unauthorized'); }
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response;
}

const json = async (path, params) => (await api(path, params)).json();
// Lists come a page at a time (500 at most); the dashboard asks for the largest page.
const list = (path, params = {}) => json(path, { ...params, pageSize: 500 });
const asOfParam = () => (state.asOf ? `${state.asOf}T23:59:59+08:00` : '');
const scope = () => ({ jurisdiction: state.jurisdiction, period: state.period, asOf: asOfParam() });
const text = (value) => document.createTextNode(value ?? '');

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.append(...children.map((child) => (typeof child === 'object' ? child : text(String(child)))));
  return node;
}

function chart(id, option) {
  charts[id] ??= echarts.init(document.getElementById(id));
  charts[id].setOption(option, true);
  return charts[id];
}

function signOut() {
  sessionStorage.removeItem(tokenKey);
  state.token = null;
  show('login');
}

function show(view) {
  $('#login').hidden = view !== 'login';
  $('#bar').hidden = view === 'login';
  $('#dashboard').hidden = view !== 'dashboard';
  $('#detail').hidden = view !== 'detail';
}

async function renderLights() {
  const lights = await list('warnings', { jurisdiction: state.jurisdiction, asOf: asOfParam() });
  for (const light of ['red', 'yellow', 'blue']) $(`#light-${light}`).textContent = lights.filter((l) => l.light === light).length;
  $('#red-tasks').replaceChildren(...lights.filter((l) => l.light === 'red').slice(0, 30).map((l) =>
    element('li', { 'data-task': l.taskId }, element('a', { href: `#task/${l.taskId}` }, l.title), ' — ', l.reasons.map((r) => r.message).join('；'))));
}

async function renderScores() {
  const cards = await json('scorecards', scope());
  const scores = cards.scores;
  const name = (unit) => cards.unitNames[unit] ?? unit;
  chart('scores-chart', {
    tooltip: {}, grid: { left: 130, right: 20 },
    xAxis: { type: 'value', max: 100 },
    yAxis: { type: 'category', inverse: true, data: scores.map((s) => name(s.unit)) },
    series: [{ type: 'bar', data: scores.map((s) => ({ value: s.total, unit: s.unit })), label: { show: true, position: 'right', formatter: (p) => `${p.value} ${scores[p.dataIndex].grade}` } }],
  }).off('click');
  charts['scores-chart'].on('click', (event) => { location.hash = `explain/${event.data.unit}`; });
  $('#scores tbody').replaceChildren(...scores.map((s) => element('tr', { 'data-unit': s.unit },
    element('td', {}, s.rank), element('td', {}, name(s.unit)), element('td', { class: 'total' }, s.total), element('td', {}, s.grade),
    element('td', {}, element('a', { href: `#explain/${s.unit}` }, '得分说明')))));
}

async function renderFiveWater() {
  const view = await json('assessments/five-water', scope());
  chart('five-water-chart', {
    radar: { indicator: view.dimensions.map((d) => ({ name: d.name, max: 100 })) },
    series: [{ type: 'radar', data: [{ value: view.dimensions.map((d) => d.score), name: view.jurisdictionName }] }],
  });
  $('#five-water tbody').replaceChildren(...view.dimensions.map((d) => element('tr', { 'data-dimension': d.dimension },
    element('td', {}, d.name), element('td', {}, d.tasks), element('td', {}, d.closed), element('td', {}, d.redLights), element('td', { class: 'score' }, d.score))));
  // A child the roll-up could not compute is named by the API (unavailable) and counted nowhere; say so beside it.
  const missing = new Set(view.unavailable.map((u) => u.jurisdiction));
  $('#children').replaceChildren(...view.children.map((c) =>
    element('li', {}, element('a', { href: `#jurisdiction/${c.jurisdiction}` }, `${c.jurisdictionName}（下钻）`),
      missing.has(c.jurisdiction) ? '（数据异常，未计入）' : '')));
  $('#jurisdiction-name').textContent = view.jurisdictionName;
  $('#up').hidden = state.jurisdiction === state.home;
}

async function renderProgress(plans) {
  const progress = await Promise.all(plans.map((p) => json(`plans/${p.id}/progress`, { asOf: asOfParam() })));
  const categories = progress.flatMap((p) => p.categories);
  const statuses = ['assigned', 'inProgress', 'completionRequested', 'closed'];
  const labels = { assigned: '已交办', inProgress: '推进中', completionRequested: '申请办结', closed: '已销号' };
  chart('progress-chart', {
    tooltip: {}, legend: {}, grid: { left: 150 },
    xAxis: { type: 'value' }, yAxis: { type: 'category', data: categories.map((c) => c.category) },
    series: statuses.map((s) => ({ name: labels[s], type: 'bar', stack: 'tasks', data: categories.map((c) => c.byStatus[s] ?? 0) })),
  });
}

async function renderTrend() {
  const year = Number(state.period.slice(0, 4));
  const end = state.asOf ? new Date(state.asOf) : new Date();
  const months = [...Array(12).keys()].map((m) => new Date(Date.UTC(year, m + 1, 0))).filter((d) => d <= end);
  const points = await Promise.all(months.map((d) => json('assessments/five-water',
    { jurisdiction: state.jurisdiction, period: state.period, asOf: `${d.toISOString().slice(0, 10)}T23:59:59+08:00` })));
  const onTime = points.map((v) => {
    const tasks = v.dimensions.reduce((n, d) => n + d.tasks, 0);
    return tasks ? Math.round(v.dimensions.reduce((n, d) => n + d.reportsOnTime * d.tasks, 0) / tasks * 1000) / 10 : 100;
  });
  chart('trend-chart', {
    tooltip: { trigger: 'axis' }, legend: {},
    xAxis: { type: 'category', data: months.map((d) => `${d.getUTCMonth() + 1}月`) },
    yAxis: [{ type: 'value', name: '%', max: 100 }, { type: 'value', name: '件' }],
    series: [{ name: '按时报送率', type: 'line', data: onTime },
      { name: '未销号问题', type: 'bar', yAxisIndex: 1, data: points.map((v) => v.dimensions.reduce((n, d) => n + d.openFindings, 0)) }],
  });
}

async function renderDashboard() {
  show('dashboard');
  document.body.removeAttribute('data-loaded');
  const plans = (await list('plans')).filter((p) => p.jurisdiction === state.jurisdiction);
  $('#plans').textContent = plans.map((p) => p.title).join('、');
  await Promise.all([renderLights(), renderScores(), renderFiveWater(), renderProgress(plans), renderTrend()]);
  document.body.setAttribute('data-loaded', 'dashboard');
}

async function renderExplain(unit) {
  show('detail');
  document.body.removeAttribute('data-loaded');
  const [score, units] = await Promise.all([json(`scorecards/${unit}/explain`, scope()), list('units', { jurisdiction: state.jurisdiction })]);
  const parts = [...score.components, score.deductions, score.bonus];
  $('#detail').replaceChildren(element('a', { href: '#' }, '← 返回看板'),
    element('h2', {}, `${units.find((u) => u.id === unit)?.name ?? unit} 得分说明（${score.period}，规则第 ${score.ruleVersion} 版）：`, element('span', { id: 'explain-total' }, score.total), ` ${score.grade}`),
    ...parts.map((c) => element('section', { class: 'component', 'data-component': c.component },
      element('h3', {}, `${c.name}：${c.points}`), element('p', {}, c.formula),
      element('ul', {}, ...c.inputs.map((i) => element('li', {}, `${i.item}：${i.note}（得分 ${i.credit} × 权重 ${i.weight}）`))),
      element('ul', { class: 'events' }, ...c.events.map((e) => element('li', {}, `${e.type} #${e.sequence} 流 ${e.streamId} 版本 ${e.version} ${e.recordedAt}`))))));
  document.body.setAttribute('data-loaded', 'explain');
}

async function renderTask(id) {
  show('detail');
  document.body.removeAttribute('data-loaded');
  const [task, history, lights, findings] = await Promise.all([json(`tasks/${id}`), list(`tasks/${id}/history`), list(`tasks/${id}/lights`),
    list('findings', { taskId: id })]);
  const evidenceIds = [...new Set(history.flatMap((e) => e.data?.evidenceIds ?? []))];
  // Evidence a reader may not open (another unit's, a child city's) is left out rather than failing the page.
  const evidence = (await Promise.all(evidenceIds.map((e) => json(`evidence/${e}/metadata`).catch(() => null)))).filter(Boolean);
  $('#detail').replaceChildren(element('a', { href: '#' }, '← 返回看板'),
    element('h2', { id: 'task-title' }, task.title), element('p', {}, task.content),
    element('p', {}, `状态 ${task.status} · 进度 ${task.progressPercent}% · 时限 ${task.deadline}（原 ${task.originalDeadline}）· 亮灯 `,
      element('b', { class: `light-${task.light}` }, task.light)),
    element('h3', {}, '指标'), element('ul', {}, ...task.targets.map((t) =>
      element('li', {}, `${t.metric} ${t.comparator} ${t.value}${t.unit}，最新读数 ${t.latestReading ?? '—'}，${t.met === null ? '未报' : t.met ? '达标' : '未达标'}`))),
    element('h3', {}, '亮灯记录'), element('ol', { id: 'light-history' }, ...lights.map((l) => element('li', {}, `${l.at} ${l.previous} → ${l.light}`))),
    element('h3', {}, '问题'), element('ul', {}, ...findings.map((f) => element('li', {}, `${f.category}：${f.description}（${f.status}）`))),
    element('h3', {}, '佐证材料'), element('ul', { id: 'evidence' }, ...evidence.map((e) => element('li', {},
      element('a', { href: '#', 'data-evidence': e.id }, e.fileName), `（${e.contentType}，${e.size} 字节，SHA-256 ${e.sha256.slice(0, 12)}…）`))),
    element('h3', {}, '留痕'), element('ol', { id: 'timeline' }, ...history.map((e) => element('li', {}, `${e.recordedAt} ${e.type} ${e.actor ?? ''} ${e.unit ?? ''}`))));
  document.querySelectorAll('[data-evidence]').forEach((link) => link.addEventListener('click', async (event) => {
    event.preventDefault();
    const file = await api(`evidence/${link.dataset.evidence}`);
    element('a', { href: URL.createObjectURL(await file.blob()), download: link.textContent }).click();
  }));
  document.body.setAttribute('data-loaded', 'task');
}

async function download(path, format) {
  const response = await api(path, { ...scope(), format });
  const link = element('a', { href: URL.createObjectURL(await response.blob()), download: `${path.replace('/', '-')}.${format}` });
  link.click();
}

async function route() {
  if (!state.token) return show('login');
  const [view, argument] = location.hash.slice(1).split('/');
  try {
    if (view === 'task') return await renderTask(argument);
    if (view === 'explain') return await renderExplain(argument);
    if (view === 'jurisdiction') state.jurisdiction = argument;
    await renderDashboard();
  } catch (error) {
    if (error.message !== 'unauthorized') $('#detail').replaceChildren(element('p', { class: 'error' }, `加载失败：${error.message}`));
  }
}

function start() {
  const me = claims(state.token);
  state.home = me.jurisdiction;
  state.jurisdiction ??= me.jurisdiction;
  const year = new Date().getFullYear();
  $('#period').replaceChildren(...[year, year - 1, year - 2, year - 3].map((y) => element('option', { value: String(y) }, `${y} 年`)));
  state.period = String(year);
  route();
}

$('#login-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const token = $('#token').value.trim();
  try {
    claims(token);
  } catch {
    $('#login-error').hidden = false;
    $('#login-error').textContent = '令牌格式不正确';
    return;
  }
  sessionStorage.setItem(tokenKey, token);
  state.token = token;
  start();
});
$('#logout').addEventListener('click', signOut);
$('#up').addEventListener('click', (event) => { event.preventDefault(); state.jurisdiction = state.home; location.hash = ''; route(); });
$('#period').addEventListener('change', (event) => { state.period = event.target.value; route(); });
$('#as-of').addEventListener('change', (event) => { state.asOf = event.target.value; route(); });
document.querySelectorAll('[data-export]').forEach((button) =>
  button.addEventListener('click', () => download(button.dataset.export, button.dataset.format)));
window.addEventListener('hashchange', route);
window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
if (state.token) start(); else show('login');
