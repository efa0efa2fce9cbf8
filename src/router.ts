import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'

/** Screens in navigation order; `nav` is the label in the side bar. */
export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/handoffs' },
  { path: '/handoffs', component: () => import('./views/HandoffsView.vue'), meta: { nav: 'Handoffs' } },
  { path: '/import', component: () => import('./views/ImportView.vue'), meta: { nav: 'Import' } },
  { path: '/settings', component: () => import('./views/SettingsView.vue'), meta: { nav: 'Settings' } },
]

// Hash history: the desktop build loads from file://, where path URLs do not resolve.
export const router = createRouter({ history: createWebHashHistory(), routes })
