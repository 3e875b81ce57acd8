import Link from "next/link";
import { AccessDenied } from "@/components/access-denied";
import { FormField } from "@/components/form-field";
import { PageHeader } from "@/components/page-header";
import { Table } from "@/components/table";
import { requireIdentity } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format-date";
import { fieldErrorsOf } from "@/lib/forms";
import { denialOf } from "@/lib/iam/authorize";
import { ANY_RESOURCE } from "@/lib/iam/iam-actions";
import { isIamError } from "@/lib/iam/errors";
import { RECORDED_EVENT_NAMES } from "@/lib/iam/events";
import { type LookupAttribute, lookupEvents } from "@/lib/iam/lookup-events";
import { format, lookup } from "@/lib/i18n/messages";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { eventFilterSchema } from "./filter-schema";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** A CloudTrail-like event history: newest first, filtered by event name and user name. */
export default async function EventHistoryPage({ searchParams }: { searchParams: SearchParams }) {
  const { principal } = await requireIdentity();
  const messages = await getMessages();
  const denial = await denialOf(getDb(), principal, "cloudtrail:LookupEvents", ANY_RESOURCE);
  if (denial) return <AccessDenied messages={messages} denial={denial} />;
  const locale = await getLocale();
  const m = messages.eventHistory;
  const params = await searchParams;
  const typed = { eventName: first(params.eventName) ?? "", userName: first(params.userName) ?? "" };
  const parsed = eventFilterSchema.safeParse({ ...typed, nextToken: first(params.nextToken) });
  const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const filter = parsed.success ? parsed.data : null;

  const lookupAttributes: LookupAttribute[] = [];
  if (filter?.eventName) lookupAttributes.push({ attributeKey: "EventName", attributeValue: filter.eventName });
  if (filter?.userName) lookupAttributes.push({ attributeKey: "Username", attributeValue: filter.userName });
  const result = filter
    ? await lookupEvents(getDb(), { actor: principal, lookupAttributes, nextToken: filter.nextToken }).catch((error: unknown) => {
        // A token we did not make: show the newest events instead.
        if (isIamError(error) && error.code === "ValidationError") return lookupEvents(getDb(), { actor: principal, lookupAttributes });
        throw error;
      })
    : { events: [], nextToken: undefined };
  const filterQuery = new URLSearchParams({ eventName: filter?.eventName ?? "", userName: filter?.userName ?? "" });

  return (
    <>
      <PageHeader title={m.heading} />
      <p className="mb-4 max-w-4xl">{m.intro}</p>
      <form method="get" noValidate aria-label={m.filters} className="panel mb-4 flex flex-wrap items-start gap-4 px-5 pt-4">
        <FormField
          id="eventName"
          name="eventName"
          label={m.eventName}
          list="event-names"
          autoComplete="off"
          defaultValue={typed.eventName}
          error={fieldErrors.eventName && lookup(messages, fieldErrors.eventName)}
        />
        <datalist id="event-names">
          {RECORDED_EVENT_NAMES.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <FormField
          id="userName"
          name="userName"
          label={m.userName}
          hint={m.userNameHint}
          autoComplete="off"
          defaultValue={typed.userName}
          error={fieldErrors.userName && lookup(messages, fieldErrors.userName)}
        />
        <div className="mt-6 flex items-center gap-3">
          <button type="submit" className="btn-primary">
            {m.apply}
          </button>
          <Link href="/iam/event-history">{m.clear}</Link>
        </div>
      </form>
      <Table
        caption={m.caption}
        rows={result.events}
        rowKey={(event) => event.eventId}
        empty={m.empty}
        columns={[
          {
            header: m.eventName,
            rowHeader: true,
            cell: (event) => (
              <Link href={`/iam/event-history/${event.eventId}`} aria-label={format(m.view, { name: event.eventName })}>
                {event.eventName}
              </Link>
            ),
          },
          { header: m.eventTime, className: "text-xs", cell: (event) => formatDateTime(event.eventTime, locale) },
          { header: m.userName, cell: (event) => event.cloudTrailEvent.userIdentity.userName ?? event.username },
          { header: m.eventSource, className: "text-xs", cell: (event) => event.eventSource },
          { header: m.sourceIp, className: "text-xs", cell: (event) => event.cloudTrailEvent.sourceIPAddress },
          { header: m.errorCode, className: "text-xs text-error", cell: (event) => event.cloudTrailEvent.errorCode },
        ]}
      />
      <div className="mt-3 flex gap-4">
        {filter?.nextToken && <Link href={`?${filterQuery}`}>{m.firstPage}</Link>}
        {result.nextToken && <Link href={`?${filterQuery}&nextToken=${encodeURIComponent(result.nextToken)}`}>{m.nextPage}</Link>}
      </div>
    </>
  );
}
