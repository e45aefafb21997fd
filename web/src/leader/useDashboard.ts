// What the dashboard shows for a jurisdiction, as of a day: its 五水共治 tree (itself and every jurisdiction below),
// the lights of that whole tree counted by the API (X-Total-Count per jurisdiction and light), the unit scores and
// plan progress. Reads run side by side; the page marks itself loaded when all have answered.
import { fiveWater, scorecards, type Scope } from '@/api/assessment';
import { listPlans, listWarnings, planProgress } from '@/api/catalog';
import type { FiveWaterView, Light, TaskLight } from '@/api/types';
import { useLoad } from '@/shared/useAction';

export interface LightCounts { red: number; yellow: number; blue: number }
export interface Child { code: string; name: string; tasks: number; onSchedule: number; closed: number; redLights: number; score: number; lights: LightCounts }

export const subtree = (view: FiveWaterView): FiveWaterView[] => [view, ...view.children.flatMap(subtree)];

const sum = (counts: LightCounts[]): LightCounts =>
  counts.reduce((a, b) => ({ red: a.red + b.red, yellow: a.yellow + b.yellow, blue: a.blue + b.blue }), { red: 0, yellow: 0, blue: 0 });

async function lightsOf(code: string, asOf?: string) {
  const count = (light: Light, pageSize: number) => listWarnings({ jurisdiction: code, light, asOf, pageSize });
  const [red, yellow, blue] = await Promise.all([count('red', 30), count('yellow', 1), count('blue', 1)]);
  return { code, counts: { red: red.total, yellow: yellow.total, blue: blue.total }, red: red.items };
}

function overall(view: FiveWaterView) {
  const tasks = view.dimensions.reduce((n, d) => n + d.tasks, 0);
  const score = tasks ? view.dimensions.reduce((n, d) => n + d.score * d.tasks, 0) / tasks : 0;
  return { tasks, score: Math.round(score * 10) / 10, onSchedule: view.dimensions.reduce((n, d) => n + d.onSchedule, 0),
    closed: view.dimensions.reduce((n, d) => n + d.closed, 0), redLights: view.dimensions.reduce((n, d) => n + d.redLights, 0) };
}

/**
 * The first screen: the lights of one's own jurisdiction and everything below it, which the API answers in one read per
 * light (warnings without a jurisdiction cover all one sees). A jurisdiction one drilled down to is counted per
 * jurisdiction of its tree, with the rest of the dashboard.
 */
export function useOwnLights(scope: () => Scope) {
  return useLoad(async () => {
    const { asOf } = scope();
    const [red, yellow, blue] = await Promise.all((['red', 'yellow', 'blue'] as const).map((light) => listWarnings({ light, asOf, pageSize: light === 'red' ? 30 : 1 })));
    return { counts: { red: red.total, yellow: yellow.total, blue: blue.total }, redTasks: red.items };
  });
}

export function useDashboard(scope: () => Scope, own: () => boolean) {
  return useLoad(async () => {
    const s = scope();
    const [tree, cards, plans] = await Promise.all([fiveWater(s), scorecards(s), listPlans()]);
    const counted = own() ? subtree(tree).filter((v) => v.jurisdiction !== s.jurisdiction) : subtree(tree);
    const lights = await Promise.all(counted.map((v) => lightsOf(v.jurisdiction, s.asOf)));
    const countsOf = (view: FiveWaterView) => sum(subtree(view).flatMap((v) => lights.filter((l) => l.code === v.jurisdiction).map((l) => l.counts)));
    const redTasks: TaskLight[] = lights.flatMap((l) => l.red).slice(0, 30);
    const ownPlans = plans.filter((p) => p.jurisdiction === s.jurisdiction);
    const progress = await Promise.all(ownPlans.map((p) => planProgress(p.id, s.asOf)));
    const children: Child[] = tree.children.map((c) => ({ code: c.jurisdiction, name: c.jurisdictionName, ...overall(c), lights: countsOf(c) }));
    return { tree, cards, counts: countsOf(tree), redTasks, children, progress };
  });
}

export type Dashboard = NonNullable<ReturnType<typeof useDashboard>['data']['value']>;
