/**
 * The cookie in which the browser tells the server its time zone ("Asia/Seoul"), so that server-rendered
 * times are the reader's local times: the page renders once, on the server, and nothing differs when
 * it hydrates.
 */
export const TIME_ZONE_COOKIE = "tz";
