import type { Prisma, PrismaClient } from "./generated/sqlite/client";

export type Db = InstanceType<typeof PrismaClient>;
/** A Prisma client or the client of an open transaction: domain functions accept either. */
export type DbOrTx = Db | Prisma.TransactionClient;

/** Prisma's unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
