import { type SQL, sql } from 'drizzle-orm';

/** A fixed set of code-defined values as an SQL list, for CHECK constraints: `col in (${sqlList(VALUES)})`. */
export function sqlList(values: readonly string[]): SQL {
  return sql.raw(values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', '));
}
