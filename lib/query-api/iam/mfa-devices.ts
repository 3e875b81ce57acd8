import "server-only";
import { z } from "zod";
import { createVirtualMfaDevice } from "../../iam/create-virtual-mfa-device";
import { deactivateMfaDevice } from "../../iam/deactivate-mfa-device";
import { deleteVirtualMfaDevice } from "../../iam/delete-virtual-mfa-device";
import { enableMfaDevice } from "../../iam/enable-mfa-device";
import { getMfaDevice } from "../../iam/get-mfa-device";
import { listMfaDeviceTags } from "../../iam/list-mfa-device-tags";
import { listMfaDevices } from "../../iam/list-mfa-devices";
import { ASSIGNMENT_STATUSES, listVirtualMfaDevices } from "../../iam/list-virtual-mfa-devices";
import { resyncMfaDevice } from "../../iam/resync-mfa-device";
import { tagMfaDevice } from "../../iam/tag-mfa-device";
import { untagMfaDevice } from "../../iam/untag-mfa-device";
import { qrCodePng } from "../../mfa/qr-code";
import type { Operation, OperationContext } from "../operation";
import { awsEnum, pageParams, paginate, parseParams } from "../params";
import { XmlMap } from "../xml";
import { newUserName, path, readTagKeys, readTags, serialNumber, twoCodeParams, userName, virtualMfaDeviceName } from "./params";
import { tagShape, userShape } from "./shapes";

/** EnableMFADevice and ResyncMFADevice: the same parameters, one domain function each. */
function twoCodeOperation(run: typeof enableMfaDevice | typeof resyncMfaDevice): Operation {
  return async ({ params, db, actor, settings, now, context }: OperationContext) => {
    const p = parseParams(twoCodeParams(), params);
    await run(db, { actor, userName: p.UserName, serialNumber: p.SerialNumber, code1: p.AuthenticationCode1, code2: p.AuthenticationCode2, settings, now, context });
    return null;
  };
}

/** Virtual MFA devices: their lifecycle, assignment and tags. */
export const MFA_DEVICE_OPERATIONS: Record<string, Operation> = {
  async CreateVirtualMFADevice({ params, db, actor, settings, now, context }) {
    const p = parseParams(z.object({ VirtualMFADeviceName: virtualMfaDeviceName(), Path: path().optional() }), params);
    const tags = readTags(params);
    const device = await createVirtualMfaDevice(db, { actor, name: p.VirtualMFADeviceName, path: p.Path, tags, settings, now, context });
    return {
      VirtualMFADevice: {
        SerialNumber: device.serialNumber,
        // Both blobs travel base64-encoded: the seed's base32 text, and the PNG's bytes.
        Base32StringSeed: Buffer.from(device.seed, "ascii").toString("base64"),
        QRCodePNG: (await qrCodePng(device.otpauthUri)).toString("base64"),
      },
    };
  },

  EnableMFADevice: twoCodeOperation(enableMfaDevice),

  ResyncMFADevice: twoCodeOperation(resyncMfaDevice),

  async DeactivateMFADevice({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ UserName: userName().optional(), SerialNumber: serialNumber() }), params);
    await deactivateMfaDevice(db, { actor, userName: p.UserName, serialNumber: p.SerialNumber, now, context });
    return null;
  },

  async DeleteVirtualMFADevice({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ SerialNumber: serialNumber() }), params);
    await deleteVirtualMfaDevice(db, { actor, serialNumber: p.SerialNumber, now, context });
    return null;
  },

  async ListMFADevices({ params, db, actor }) {
    const p = parseParams(z.object({ UserName: userName().optional(), ...pageParams }), params);
    const devices = await listMfaDevices(db, { actor, userName: p.UserName });
    const { page, ...more } = paginate(devices, p);
    return {
      MFADevices: page.map((device) => ({ UserName: device.userName ?? "root", SerialNumber: device.serialNumber, EnableDate: device.enableDate })),
      ...more,
    };
  },

  async GetMFADevice({ params, db, actor }) {
    const p = parseParams(z.object({ SerialNumber: serialNumber(), UserName: newUserName().optional() }), params);
    const device = await getMfaDevice(db, { actor, serialNumber: p.SerialNumber, userName: p.UserName });
    return {
      UserName: device.userName ?? "root",
      SerialNumber: device.serialNumber,
      EnableDate: device.enableDate,
      Certifications: device.certifications && new XmlMap(device.certifications),
    };
  },

  async ListVirtualMFADevices({ params, db, actor }) {
    const p = parseParams(z.object({ AssignmentStatus: awsEnum("assignmentStatus", ASSIGNMENT_STATUSES).optional(), ...pageParams }), params);
    const result = await listVirtualMfaDevices(db, { actor, assignmentStatus: p.AssignmentStatus, marker: p.Marker, maxItems: p.MaxItems });
    return {
      VirtualMFADevices: result.virtualMfaDevices.map((device) => ({
        SerialNumber: device.serialNumber,
        EnableDate: device.enableDate,
        User: device.user && userShape(device.user),
      })),
      IsTruncated: result.isTruncated,
      Marker: result.marker,
    };
  },

  async TagMFADevice({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ SerialNumber: serialNumber() }), params);
    await tagMfaDevice(db, { actor, serialNumber: p.SerialNumber, tags: readTags(params), now, context });
    return null;
  },

  async UntagMFADevice({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ SerialNumber: serialNumber() }), params);
    await untagMfaDevice(db, { actor, serialNumber: p.SerialNumber, tagKeys: readTagKeys(params), now, context });
    return null;
  },

  async ListMFADeviceTags({ params, db, actor }) {
    const p = parseParams(z.object({ SerialNumber: serialNumber(), ...pageParams }), params);
    const { page, ...more } = paginate(await listMfaDeviceTags(db, { actor, serialNumber: p.SerialNumber }), p);
    return { Tags: page.map(tagShape), ...more };
  },
};
