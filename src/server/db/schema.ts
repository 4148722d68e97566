/** Every table, for Drizzle and drizzle-kit. Modules own their tables; this file only gathers them. */
export * from '../modules/audit/schema';
export * from '../modules/auth/schema';
export * from '../modules/compliance/schema';
export * from '../modules/learning-plans/schema';
export * from '../modules/notifications/schema';
export * from '../modules/org/schema';
export * from '../modules/people/schema';
export * from '../modules/plans/schema';
export * from '../modules/positions/schema';
export * from '../modules/standards/schema';
export * from '../modules/training/schema';
