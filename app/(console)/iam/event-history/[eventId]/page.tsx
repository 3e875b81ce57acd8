import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/access-denied";
import { PageHeader } from "@/components/page-header";
import { Panel } from "@/components/panel";
import { requireIdentity } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format-date";
import { denialOf } from "@/lib/iam/authorize";
import { ANY_RESOURCE } from "@/lib/iam/iam-actions";
import { lookupEvents } from "@/lib/iam/lookup-events";
import { getLocale, getMessages } from "@/lib/i18n/server";

type Params = Promise<{ eventId: string }>;

/** One event: its summary and its CloudTrail record, as CloudTrail's console shows them. */
export default async function EventPage({ params }: { params: Params }) {
  const { principal } = await requireIdentity();
  const messages = await getMessages();
  const denial = await denialOf(getDb(), principal, "cloudtrail:LookupEvents", ANY_RESOURCE);
  if (denial) return <AccessDenied messages={messages} denial={denial} />;
  const { eventId } = await params;
  if (!/^[\w-]{1,64}$/.test(eventId)) notFound();
  const locale = await getLocale();
  const m = messages.eventHistory;
  const [event] = (await lookupEvents(getDb(), { actor: principal, lookupAttributes: [{ attributeKey: "EventId", attributeValue: eventId }] })).events;
  if (!event) notFound();
  const record = event.cloudTrailEvent;
  const mfaUsed = record.additionalEventData?.MFAUsed;

  return (
    <>
      <PageHeader title={event.eventName}>
        <Link href="/iam/event-history">{m.back}</Link>
      </PageHeader>
      <Panel title={m.detailSummary} className="mb-6 max-w-5xl">
        <dl className="details-grid">
          <dt className="text-muted">{m.eventTime}</dt>
          <dd>{formatDateTime(event.eventTime, locale)}</dd>
          <dt className="text-muted">{m.userName}</dt>
          <dd>{record.userIdentity.userName ?? event.username}</dd>
          <dt className="text-muted">{m.eventSource}</dt>
          <dd>{event.eventSource}</dd>
          <dt className="text-muted">{m.sourceIp}</dt>
          <dd>{record.sourceIPAddress}</dd>
          {record.errorCode && (
            <>
              <dt className="text-muted">{m.errorCode}</dt>
              <dd className="text-error">{record.errorCode}</dd>
            </>
          )}
          {typeof mfaUsed === "string" && (
            <>
              <dt className="text-muted">{m.mfaUsed}</dt>
              <dd>{mfaUsed}</dd>
            </>
          )}
        </dl>
      </Panel>
      <Panel title={m.record} id="event-record" className="max-w-5xl" bodyClassName="">
        <pre aria-labelledby="event-record" tabIndex={0} className="overflow-x-auto px-5 py-4 font-mono text-xs" data-testid="event-record">
          {JSON.stringify(record, null, 2)}
        </pre>
      </Panel>
    </>
  );
}
