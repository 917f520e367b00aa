import { lazy, type ComponentType } from 'react';
import { DashboardScreen } from '../features/dashboard/DashboardScreen';
import type { AreaId } from '../platform/contract';

// The Dashboard is the usual first screen, so it ships in the main bundle; the rest load on first visit.
export const AREA_SCREENS: Record<AreaId, ComponentType> = {
  dashboard: DashboardScreen,
  time: lazy(() => import('../features/time/TimeScreen').then((module) => ({ default: module.TimeScreen }))),
  clients: lazy(() => import('../features/clients/ClientsScreen').then((module) => ({ default: module.ClientsScreen }))),
  projects: lazy(() => import('../features/projects/ProjectsScreen').then((module) => ({ default: module.ProjectsScreen }))),
  proposals: lazy(() => import('../features/proposals/ProposalsScreen').then((module) => ({ default: module.ProposalsScreen }))),
  invoices: lazy(() => import('../features/invoices/InvoicesScreen').then((module) => ({ default: module.InvoicesScreen }))),
  payments: lazy(() => import('../features/payments/PaymentsScreen').then((module) => ({ default: module.PaymentsScreen }))),
  reputation: lazy(() => import('../features/reputation/ReputationScreen').then((module) => ({ default: module.ReputationScreen }))),
  portfolio: lazy(() => import('../features/portfolio/PortfolioScreen').then((module) => ({ default: module.PortfolioScreen }))),
  data: lazy(() => import('../features/data/DataScreen').then((module) => ({ default: module.DataScreen }))),
  settings: lazy(() => import('../features/settings/SettingsScreen').then((module) => ({ default: module.SettingsScreen }))),
};
