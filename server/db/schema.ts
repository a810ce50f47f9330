// The one schema for PGlite and PostgreSQL: every domain's tables, gathered for Drizzle and drizzle-kit.
export * from '../auth/schema.ts';
export * from '../audit/schema.ts';
export * from '../strategy/schema.ts';
export * from '../monitor/schema.ts';
export * from '../council/schema.ts';
export * from '../meetings/schema.ts';
export * from '../meetings/attachments-schema.ts';
export * from '../meetings/proposals-schema.ts';
