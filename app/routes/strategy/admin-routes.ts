import { route, type RouteConfigEntry } from '@react-router/dev/routes';

const admin = (path: string, file: string) => route(`sekretariat/strategi${path}`, `routes/strategy/admin/${file}`);

/**
 * The secretariat's pages for editing the strategy, under /sekretariat/strategi. On the pages for focus
 * areas, goal statements and actors the id `ny` means a new record (the commands never give out that id).
 */
export const strategyAdminRoutes: RouteConfigEntry[] = [
  admin('', 'overview.tsx'),
  admin('/tiltak/ny', 'measure-new.tsx'),
  admin('/tiltak/:measureId', 'measure.tsx'),
  admin('/satsingsomrader/:focusAreaId', 'focus-area.tsx'),
  admin('/malformuleringer', 'goal-statements.tsx'),
  admin('/malformuleringer/:goalStatementId', 'goal-statement.tsx'),
  admin('/aktorer', 'actors.tsx'),
  admin('/aktorer/:actorId', 'actor.tsx'),
  admin('/import', 'import.tsx'),
  admin('/import/mal.xlsx', 'import-template.ts'),
  admin('/import/:batchId', 'import-batch.tsx'),
];
