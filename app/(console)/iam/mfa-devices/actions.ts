"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { consoleAction } from "@/lib/auth/console-action";
import { deleteVirtualMfaDevice } from "@/lib/iam/delete-virtual-mfa-device";
import { serialNumberSchema } from "@/lib/iam/mfa-schemas";

/** Deletes an unassigned device from the account's device list; an assigned one is DeleteConflict. */
export const deleteMfaDeviceAction = consoleAction(
  z.object({ serialNumber: serialNumberSchema }),
  async ({ serialNumber }, { identity, db, now, context }) => {
    await deleteVirtualMfaDevice(db, { actor: identity.principal, serialNumber, now, context });
    revalidatePath("/iam", "layout");
  },
);
