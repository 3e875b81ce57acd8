"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { TIME_ZONE_COOKIE } from "@/lib/i18n/time-zone";

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Tells the server the browser's time zone when it does not know it yet (the first visit) or it changed
 * (a laptop that travelled), then renders the page again in it. `serverZone` is the zone the server
 * rendered this page in.
 */
export function TimeZoneSync({ serverZone }: { serverZone: string }) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}`;
    // Told already, and the server did not take it (a zone its ICU lacks): refreshing again would loop.
    if (!zone || zone === serverZone || document.cookie.split("; ").includes(cookie)) return;
    document.cookie = `${cookie}; path=/; max-age=${YEAR_SECONDS}; samesite=lax`;
    router.refresh();
  }, [serverZone, router]);
  return null;
}
