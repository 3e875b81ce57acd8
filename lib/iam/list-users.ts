import type { DbOrTx } from "../db/types";

export type UserListItem = {
  userId: string;
  userName: string;
  path: string;
  arn: string;
  createdAt: Date;
  isAdmin: boolean;
  hasConsolePassword: boolean;
  passwordSetAt: Date | null;
  passwordLastUsed: Date | null;
  mfaDeviceCount: number;
};

/** The account's IAM users, by name, as the console's Users list and ListUsers show them. */
export async function listUsers(db: DbOrTx, accountId: string): Promise<UserListItem[]> {
  const users = await db.user.findMany({
    where: { accountId },
    orderBy: { nameKey: "asc" },
    include: { _count: { select: { mfaDevices: true } } },
  });
  return users.map((user) => ({
    userId: user.id,
    userName: user.name,
    path: user.path,
    arn: user.arn,
    createdAt: user.createdAt,
    isAdmin: user.isAdmin,
    hasConsolePassword: user.passwordHash !== null,
    passwordSetAt: user.passwordSetAt,
    passwordLastUsed: user.passwordLastUsed,
    mfaDeviceCount: user._count.mfaDevices,
  }));
}
