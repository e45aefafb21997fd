// Routes by role and feature; every page is its own chunk (dynamic import), loaded when first opened.
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { useSession } from './session/store';
import type { Role } from './api/types';

const page = (role: Role | null, path: string, component: RouteRecordRaw['component'], name?: string): RouteRecordRaw =>
  ({ path, component, name, meta: { role } }) as RouteRecordRaw;

const routes: RouteRecordRaw[] = [
  { path: '/', component: () => import('./session/SignInPage.vue') },
  page(null, '/sign-in', () => import('./session/SignInPage.vue')),
  page(null, '/signed-in', () => import('./session/SignedInPage.vue')),
  page('department', '/department', () => import('./department/inbox/InboxPage.vue')),
  page('department', '/department/tasks/:id', () => import('./department/tasks/TaskPage.vue')),
  page('department', '/department/tasks/:id/report', () => import('./department/reporting/ReportPage.vue')),
  page('department', '/department/inspections/:id', () => import('./department/inspections/AnswerPage.vue')),
  page('department', '/department/findings/:id', () => import('./department/findings/RectifyPage.vue')),
  page('department', '/department/scorecard', () => import('./department/scorecard/ScorecardPage.vue')),
  page('office', '/office', () => import('./office/decisions/DecisionsPage.vue')),
  page('office', '/office/tasks', () => import('./office/tasks/TaskTablePage.vue')),
  page('office', '/office/tasks/new', () => import('./office/assigning/AssignPage.vue')),
  page('office', '/office/tasks/:id', () => import('./office/tasks/TaskPage.vue')),
  page('office', '/office/inspections', () => import('./office/inspections/InspectionsPage.vue')),
  page('office', '/office/findings', () => import('./office/findings/FindingsPage.vue')),
  page('office', '/office/plans/import', () => import('./office/plans/ImportPage.vue')),
  page('office', '/office/periods', () => import('./office/periods/PeriodsPage.vue')),
  page('office', '/office/people', () => import('./admin/people/PeoplePage.vue')),
  page('office', '/office/units', () => import('./office/units/UnitsPage.vue')),
  page('leader', '/leader', () => import('./leader/DashboardPage.vue')),
  page('leader', '/leader/jurisdictions/:code', () => import('./leader/DashboardPage.vue')),
  page('leader', '/leader/tasks/:id', () => import('./leader/TaskPage.vue')),
  page('leader', '/leader/explain/:jurisdiction/:unit', () => import('./leader/ExplainPage.vue')),
  page('admin', '/admin', () => import('./admin/DeadLettersPage.vue')),
  page('admin', '/admin/node', () => import('./admin/NodePage.vue')),
  page('admin', '/admin/rules', () => import('./admin/RulesPage.vue')),
  page('admin', '/admin/people', () => import('./admin/people/PeoplePage.vue')),
  { path: '/notices', component: () => import('./shared/notices/NoticesPage.vue'), meta: { role: 'any' } },
  page('admin', '/admin/jurisdictions', () => import('./admin/jurisdictions/JurisdictionsPage.vue')),
  page('admin', '/admin/units', () => import('./office/units/UnitsPage.vue')),
  { path: '/:rest(.*)*', redirect: '/' },
];

export const router = createRouter({ history: createWebHistory(), routes });

// Pages need a signed-in person of their role; anyone else goes to sign-in or to their own home.
router.beforeEach((to) => {
  const session = useSession();
  const role = to.meta.role as Role | null | undefined;
  if (role === null) return true;
  if (!session.signedIn) return { path: '/sign-in', query: to.fullPath === '/' ? {} : { next: to.fullPath } };
  if ((role as string) === 'any') return true;
  if (role === undefined || role !== session.role) return session.home;
  return true;
});
