"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { consoleAction } from "@/lib/auth/console-action";
import { iamSettings } from "@/lib/config/iam-settings";
import { createAccessKey } from "@/lib/iam/create-access-key";
import { deleteAccessKey } from "@/lib/iam/delete-access-key";
import { updateAccessKey } from "@/lib/iam/update-access-key";
import { userNameSchema } from "@/lib/iam/validation";

const keySchema = z.object({ userName: userNameSchema.optional(), accessKeyId: z.string().regex(/^AKIA[A-Z2-7]{16}$/) });

/** The secret leaves the server here, once; it is never stored in clear nor shown again. */
export const createAccessKeyAction = consoleAction(z.object({ userName: userNameSchema.optional() }), async ({ userName }, { identity, db, now, context }) => {
  const key = await createAccessKey(db, { actor: identity.principal, userName, settings: iamSettings(), now, context });
  revalidatePath("/iam", "layout");
  return { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey };
});

export const updateAccessKeyAction = consoleAction(
  keySchema.extend({ status: z.enum(["Active", "Inactive"]) }),
  async (input, { identity, db, now, context }) => {
    await updateAccessKey(db, { ...input, actor: identity.principal, now, context });
    revalidatePath("/iam", "layout");
  },
);

export const deleteAccessKeyAction = consoleAction(keySchema, async (input, { identity, db, now, context }) => {
  await deleteAccessKey(db, { ...input, actor: identity.principal, now, context });
  revalidatePath("/iam", "layout");
});
