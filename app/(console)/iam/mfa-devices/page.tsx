import { ClientMessages } from "@/components/i18n/client-messages";
import Link from "next/link";
import { z } from "zod";
import { AccessDenied } from "@/components/access-denied";
import { PageHeader } from "@/components/page-header";
import { Table } from "@/components/table";
import { requireIdentity } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format-date";
import { denialOf } from "@/lib/iam/authorize";
import { ANY_RESOURCE } from "@/lib/iam/iam-actions";
import { isIamError } from "@/lib/iam/errors";
import { ASSIGNMENT_STATUSES, listVirtualMfaDevices } from "@/lib/iam/list-virtual-mfa-devices";
import { getLocale, getMessages, getTimeZone } from "@/lib/i18n/server";
import { userPath } from "../users/user-path";
import { DeleteDeviceButton } from "./delete-device-button";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const querySchema = z.object({
  status: z.enum(ASSIGNMENT_STATUSES).catch("Any"),
  marker: z.string().max(1024).optional().catch(undefined),
});

/** The account's virtual MFA devices (ListVirtualMFADevices), so a learner can find and delete leftovers. */
export default async function MfaDevicesPage({ searchParams }: { searchParams: SearchParams }) {
  const { principal } = await requireIdentity();
  const messages = await getMessages();
  const denial = await denialOf(getDb(), principal, "iam:ListVirtualMFADevices", ANY_RESOURCE);
  if (denial) return <AccessDenied messages={messages} denial={denial} />;
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  const m = messages.mfaDevices;
  const query = querySchema.parse(await searchParams);
  const result = await listVirtualMfaDevices(getDb(), { actor: principal, assignmentStatus: query.status, marker: query.marker }).catch(
    (error: unknown) => {
      // A marker we did not make: start again from the first page.
      if (isIamError(error) && error.code === "ValidationError") return listVirtualMfaDevices(getDb(), { actor: principal, assignmentStatus: query.status });
      throw error;
    },
  );
  const statusLabels = { Any: m.any, Assigned: m.assigned, Unassigned: m.unassigned };

  return (
    <ClientMessages namespaces={["mfaDevices"]}>
      <PageHeader title={m.heading} />
      <p className="mb-4 max-w-4xl">{m.intro}</p>
      <form method="get" className="mb-4 flex items-end gap-3">
        <div>
          <label htmlFor="status" className="mb-1 block font-bold">
            {m.assignmentStatus}
          </label>
          <select id="status" name="status" defaultValue={query.status} className="input">
            {ASSIGNMENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {statusLabels[status]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-normal">
          {m.filter}
        </button>
      </form>
      <Table
        caption={m.heading}
        rows={result.virtualMfaDevices}
        rowKey={(device) => device.serialNumber}
        empty={m.empty}
        columns={[
          { header: m.serialNumber, rowHeader: true, className: "font-mono text-xs break-all", cell: (device) => device.serialNumber },
          { header: m.status, cell: (device) => (device.user ? m.assigned : m.unassigned) },
          {
            header: m.assignedTo,
            cell: (device) =>
              device.user?.userName ? <Link href={userPath(device.user.userName)}>{device.user.userName}</Link> : device.user ? m.rootUser : null,
          },
          { header: m.enableDate, className: "text-xs", cell: (device) => device.enableDate && formatDateTime(device.enableDate, locale, timeZone) },
          { header: m.actions, cell: (device) => !device.user && <DeleteDeviceButton serialNumber={device.serialNumber} /> },
        ]}
      />
      <div className="mt-3 flex gap-4">
        {query.marker && <Link href={`?status=${query.status}`}>{m.firstPage}</Link>}
        {result.marker && <Link href={`?status=${query.status}&marker=${encodeURIComponent(result.marker)}`}>{m.nextPage}</Link>}
      </div>
    </ClientMessages>
  );
}
