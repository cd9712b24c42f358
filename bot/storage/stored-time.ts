// A time as a store reads it back: SQLite keeps milliseconds, PostgreSQL returns timestamptz as a Date.
export type StoredTime = number | Date;

export const fromStored = (t: StoredTime): Date => new Date(t);
export const fromStoredOrNull = (t: StoredTime | null): Date | undefined => (t === null ? undefined : new Date(t));
