import type { DbOrTx } from "../db/types";
import { authorize } from "./authorize";
import { ANY_RESOURCE } from "./iam-actions";
import { type CloudTrailRecord, lookupUserName, toCloudTrailRecord } from "./cloudtrail-record";
import { IamError } from "./errors";
import type { Principal } from "./principal";

export type LookupAttribute = { attributeKey: "EventId" | "EventName" | "Username"; attributeValue: string };

export type LookupEventsInput = {
  actor: Principal;
  /** CloudTrail takes one attribute; several are all applied, so the console filters by name and user at once. */
  lookupAttributes?: LookupAttribute[];
  /** 1 to 50, CloudTrail's default 50. */
  maxResults?: number;
  nextToken?: string;
};

export type LookedUpEvent = {
  eventId: string;
  eventName: string;
  eventTime: Date;
  eventSource: string;
  username: string | null;
  readOnly: boolean;
  cloudTrailEvent: CloudTrailRecord;
};

const MAX_RESULTS = 50;
/** The furthest a JavaScript Date reaches from 1970, either way. */
const MAX_DATE_MS = 8.64e15;
const invalidToken = () => new IamError("ValidationError", "Invalid NextToken.");

// A token is the (time, id) of the last event returned; events are ordered newest first by both.
const encodeToken = (event: { eventTime: Date; id: string }) =>
  Buffer.from(JSON.stringify([event.eventTime.getTime(), event.id])).toString("base64url");
function decodeToken(token: string): { time: Date; id: string } {
  try {
    const [time, id] = JSON.parse(Buffer.from(token, "base64url").toString()) as unknown[];
    // A time a Date can hold and an id of ours: a crafted token (1e20, or a megabyte id) is refused,
    // not handed to the database, which would fail on it.
    if (Number.isSafeInteger(time) && Math.abs(time as number) <= MAX_DATE_MS && typeof id === "string" && /^[\w-]{1,64}$/.test(id)) {
      return { time: new Date(time as number), id };
    }
  } catch {
    // Not JSON: the same answer as any other token we did not make.
  }
  throw invalidToken();
}

function attributeFilter({ attributeKey, attributeValue }: LookupAttribute) {
  if (attributeKey === "EventId") return { id: attributeValue };
  if (attributeKey === "EventName") return { eventName: attributeValue };
  return attributeValue === "root" ? { OR: [{ userType: "Root" }, { userName: "root" }] } : { userName: attributeValue };
}

/**
 * LookupEvents (CloudTrail): the account's events, newest first, each with its CloudTrail record.
 * Administrators only, as reading the trail is in AWS.
 */
export async function lookupEvents(db: DbOrTx, input: LookupEventsInput): Promise<{ events: LookedUpEvent[]; nextToken?: string }> {
  const { actor } = input;
  await authorize(db, actor, "cloudtrail:LookupEvents", ANY_RESOURCE);
  const maxResults = input.maxResults ?? MAX_RESULTS;
  if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > MAX_RESULTS) {
    throw new IamError("ValidationError", `MaxResults must be between 1 and ${MAX_RESULTS}.`);
  }
  const after = input.nextToken === undefined ? null : decodeToken(input.nextToken);

  const rows = await db.event.findMany({
    where: {
      accountId: actor.accountId,
      AND: [
        ...(input.lookupAttributes ?? []).map(attributeFilter),
        ...(after ? [{ OR: [{ eventTime: { lt: after.time } }, { eventTime: after.time, id: { lt: after.id } }] }] : []),
      ],
    },
    orderBy: [{ eventTime: "desc" }, { id: "desc" }],
    take: maxResults + 1,
  });
  const page = rows.slice(0, maxResults);

  const userArns = [...new Set(page.filter((row) => row.userType === "IAMUser" && row.principalArn).map((row) => row.principalArn!))];
  const users = userArns.length
    ? await db.user.findMany({ where: { accountId: actor.accountId, arn: { in: userArns } }, select: { id: true, arn: true, createdAt: true } })
    : [];
  const usersByArn = new Map(users.map((user) => [user.arn, user]));
  // A user made after the event only shares the name of the one who acted: that one's id is gone.
  const principalIdOf = (row: (typeof page)[number]) => {
    const user = row.principalArn ? usersByArn.get(row.principalArn) : undefined;
    return user && user.createdAt <= row.eventTime ? user.id : undefined;
  };

  return {
    events: page.map((row) => {
      const record = toCloudTrailRecord(row, principalIdOf(row));
      return {
        eventId: row.id,
        eventName: row.eventName,
        eventTime: row.eventTime,
        eventSource: row.eventSource,
        username: lookupUserName(row),
        readOnly: record.readOnly,
        cloudTrailEvent: record,
      };
    }),
    ...(rows.length > maxResults ? { nextToken: encodeToken(page[page.length - 1]) } : {}),
  };
}
