import type { Prisma, PrismaClient } from "./generated/sqlite/client";

export type Db = InstanceType<typeof PrismaClient>;
/** A Prisma client or the client of an open transaction: domain functions accept either. */
export type DbOrTx = Db | Prisma.TransactionClient;

/** Prisma's unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** Prisma's foreign-key violation: a row still refers to the one being deleted. */
export function isForeignKeyViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2003";
}

/**
 * A transaction lost to a concurrent one (PostgreSQL's serialization failure or deadlock, SQLite's busy
 * database): Prisma's P2034, or the driver adapter's TransactionWriteConflict when it happens at COMMIT.
 * Running the transaction again is safe and normally succeeds, or fails for a real reason.
 */
export function isWriteConflict(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  if ((error as { code?: unknown }).code === "P2034") return true;
  const cause = (error as { cause?: { kind?: unknown } }).cause;
  return (error as { name?: unknown }).name === "DriverAdapterError" && cause?.kind === "TransactionWriteConflict";
}
