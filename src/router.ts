import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'

/**
 * Screens in navigation order; `nav` is the label in the side bar, `navParent` the side-bar entry
 * a screen without one of its own lights up.
 */
export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/handoffs' },
  { path: '/handoffs', component: () => import('./views/HandoffsView.vue'), meta: { nav: 'Handoffs' } },
  { path: '/handoffs/:id', component: () => import('./views/HandoffDetailView.vue') },
  { path: '/import', component: () => import('./views/ImportView.vue'), meta: { nav: 'Import' } },
  { path: '/weekly', component: () => import('./views/WeeklyNumbersView.vue'), meta: { nav: 'Weekly numbers' } },
  { path: '/huddle', component: () => import('./views/HuddleView.vue'), meta: { nav: 'Huddle' } },
  { path: '/huddle/:week', component: () => import('./views/HuddleView.vue') },
  { path: '/huddles', component: () => import('./views/HuddleHistoryView.vue'), meta: { nav: 'Past huddles' } },
  { path: '/trends', component: () => import('./views/TrendsView.vue'), meta: { nav: 'Trends' } },
  { path: '/teams', component: () => import('./views/TeamsView.vue'), meta: { nav: 'Teams' } },
  // One team's Trends, read-only from its team file, on a quarter of the Teams screen (?quarter=FY2026-Q4).
  {
    path: '/teams/:team/trends',
    name: 'team-trends',
    component: () => import('./views/TeamTrendsView.vue'),
    meta: { navParent: '/teams' },
    props: (route) => ({
      team: String(route.params.team),
      quarter: typeof route.query.quarter === 'string' ? route.query.quarter : undefined,
    }),
  },
  { path: '/data', component: () => import('./views/DataView.vue'), meta: { nav: 'Data' } },
  { path: '/settings', component: () => import('./views/SettingsView.vue'), meta: { nav: 'Settings' } },
]

// Hash history: the desktop build loads from file://, where path URLs do not resolve.
export const router = createRouter({ history: createWebHashHistory(), routes })
