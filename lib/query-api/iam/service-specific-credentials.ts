import "server-only";
import { z } from "zod";
import {
  createServiceSpecificCredential,
  deleteServiceSpecificCredential,
  listServiceSpecificCredentials,
  resetServiceSpecificCredential,
  type ServiceSpecificCredential,
  type ServiceSpecificCredentialMetadata,
  updateServiceSpecificCredential,
} from "../../iam/service-specific-credentials";
import type { Operation } from "../operation";
import { parseParams } from "../params";
import { newUserName, serviceSpecificCredentialId, status } from "./params";

// These operations take userNameType (1-64 characters), not existingUserNameType.
const userName = () => newUserName();
const serviceName = () => z.string({ message: "Value null at 'serviceName' failed to satisfy constraint: Member must not be null" });

const metadataShape = (credential: ServiceSpecificCredentialMetadata) => ({
  UserName: credential.userName,
  Status: credential.status,
  ServiceUserName: credential.serviceUserName,
  CreateDate: credential.createDate,
  ServiceSpecificCredentialId: credential.serviceSpecificCredentialId,
  ServiceName: credential.serviceName,
});
const credentialShape = (credential: ServiceSpecificCredential) => ({ ...metadataShape(credential), ServicePassword: credential.servicePassword });

/** Service-specific credentials (CodeCommit's HTTPS Git, Amazon Keyspaces). */
export const SERVICE_SPECIFIC_CREDENTIAL_OPERATIONS: Record<string, Operation> = {
  async CreateServiceSpecificCredential({ params, db, actor, settings, now, context }) {
    const p = parseParams(z.object({ UserName: userName(), ServiceName: serviceName() }), params);
    const credential = await createServiceSpecificCredential(db, { actor, userName: p.UserName, serviceName: p.ServiceName, settings, now, context });
    return { ServiceSpecificCredential: credentialShape(credential) };
  },

  async ListServiceSpecificCredentials({ params, db, actor }) {
    const p = parseParams(z.object({ UserName: userName().optional(), ServiceName: serviceName().optional() }), params);
    const credentials = await listServiceSpecificCredentials(db, { actor, userName: p.UserName, serviceName: p.ServiceName });
    return { ServiceSpecificCredentials: credentials.map(metadataShape) };
  },

  async UpdateServiceSpecificCredential({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ UserName: userName().optional(), ServiceSpecificCredentialId: serviceSpecificCredentialId(), Status: status() }), params);
    await updateServiceSpecificCredential(db, { actor, userName: p.UserName, serviceSpecificCredentialId: p.ServiceSpecificCredentialId, status: p.Status, now, context });
    return null;
  },

  async ResetServiceSpecificCredential({ params, db, actor, settings, now, context }) {
    const p = parseParams(z.object({ UserName: userName().optional(), ServiceSpecificCredentialId: serviceSpecificCredentialId() }), params);
    const credential = await resetServiceSpecificCredential(db, { actor, userName: p.UserName, serviceSpecificCredentialId: p.ServiceSpecificCredentialId, settings, now, context });
    return { ServiceSpecificCredential: credentialShape(credential) };
  },

  async DeleteServiceSpecificCredential({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ UserName: userName().optional(), ServiceSpecificCredentialId: serviceSpecificCredentialId() }), params);
    await deleteServiceSpecificCredential(db, { actor, userName: p.UserName, serviceSpecificCredentialId: p.ServiceSpecificCredentialId, now, context });
    return null;
  },
};
