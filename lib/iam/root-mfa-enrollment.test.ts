import { describe, expect, it } from "vitest";
import { rootMfaEnrollment } from "./root-mfa-enrollment";

const day = 24 * 60 * 60 * 1000;
const prompted = new Date("2026-05-01T09:00:00Z");
const at = (days: number) => new Date(prompted.getTime() + days * day);

describe("rootMfaEnrollment (AWS's 2024 root MFA rule)", () => {
  it("lets the root user postpone for 35 days from the first prompt", () => {
    expect(rootMfaEnrollment(null, prompted)).toEqual({ deadline: at(35), required: false, daysLeft: 35 });
    expect(rootMfaEnrollment(prompted, at(1))).toMatchObject({ required: false, daysLeft: 34 });
    expect(rootMfaEnrollment(prompted, new Date(at(35).getTime() - 1))).toMatchObject({ required: false, daysLeft: 1 });
  });

  it("requires a device from the 35th day on", () => {
    expect(rootMfaEnrollment(prompted, at(35))).toEqual({ deadline: at(35), required: true, daysLeft: 0 });
    expect(rootMfaEnrollment(prompted, at(400))).toMatchObject({ required: true, daysLeft: 0 });
  });
});
