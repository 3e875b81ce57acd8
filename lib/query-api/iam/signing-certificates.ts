import "server-only";
import { z } from "zod";
import { IAM } from "../../iam/constraints";
import { deleteSigningCertificate, listSigningCertificates, type SigningCertificate, updateSigningCertificate, uploadSigningCertificate } from "../../iam/signing-certificates";
import type { Operation } from "../operation";
import { awsString, pageParams, paginate, parseParams } from "../params";
import { certificateId, status, userName } from "./params";

const certificateShape = (certificate: SigningCertificate) => ({
  UserName: certificate.userName ?? undefined,
  CertificateId: certificate.certificateId,
  CertificateBody: certificate.certificateBody,
  Status: certificate.status,
  UploadDate: certificate.uploadDate,
});

// Each operation's parameters, built once (./params.ts).
const UPLOAD_SIGNING_CERTIFICATE = z.object({ UserName: userName().optional(), CertificateBody: awsString("certificateBody", IAM.certificateBody) });
const LIST_SIGNING_CERTIFICATES = z.object({ UserName: userName().optional(), ...pageParams });
const UPDATE_SIGNING_CERTIFICATE = z.object({ UserName: userName().optional(), CertificateId: certificateId(), Status: status() });
const DELETE_SIGNING_CERTIFICATE = z.object({ UserName: userName().optional(), CertificateId: certificateId() });

/** X.509 signing certificates of IAM users and of the root user. */
export const SIGNING_CERTIFICATE_OPERATIONS: Record<string, Operation> = {
  async UploadSigningCertificate({ params, db, actor, now, context }) {
    const p = parseParams(UPLOAD_SIGNING_CERTIFICATE, params);
    const certificate = await uploadSigningCertificate(db, { actor, userName: p.UserName, certificateBody: p.CertificateBody, now, context });
    return { Certificate: certificateShape(certificate) };
  },

  async ListSigningCertificates({ params, db, actor }) {
    const p = parseParams(LIST_SIGNING_CERTIFICATES, params);
    const { page, ...more } = paginate(await listSigningCertificates(db, { actor, userName: p.UserName }), p);
    return { Certificates: page.map(certificateShape), ...more };
  },

  async UpdateSigningCertificate({ params, db, actor, now, context }) {
    const p = parseParams(UPDATE_SIGNING_CERTIFICATE, params);
    await updateSigningCertificate(db, { actor, userName: p.UserName, certificateId: p.CertificateId, status: p.Status, now, context });
    return null;
  },

  async DeleteSigningCertificate({ params, db, actor, now, context }) {
    const p = parseParams(DELETE_SIGNING_CERTIFICATE, params);
    await deleteSigningCertificate(db, { actor, userName: p.UserName, certificateId: p.CertificateId, now, context });
    return null;
  },
};
