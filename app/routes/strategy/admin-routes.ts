import type { RouteConfigEntry } from '@react-router/dev/routes';

/** The secretariat's pages for editing the strategy, under /sekretariat/strategi. */
export const strategyAdminRoutes: RouteConfigEntry[] = [];
