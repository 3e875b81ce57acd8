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

/** X.509 signing certificates of IAM users and of the root user. */
export const SIGNING_CERTIFICATE_OPERATIONS: Record<string, Operation> = {
  async UploadSigningCertificate({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ UserName: userName().optional(), CertificateBody: awsString("certificateBody", IAM.certificateBody) }), params);
    const certificate = await uploadSigningCertificate(db, { actor, userName: p.UserName, certificateBody: p.CertificateBody, now, context });
    return { Certificate: certificateShape(certificate) };
  },

  async ListSigningCertificates({ params, db, actor }) {
    const p = parseParams(z.object({ UserName: userName().optional(), ...pageParams }), params);
    const { page, ...more } = paginate(await listSigningCertificates(db, { actor, userName: p.UserName }), p);
    return { Certificates: page.map(certificateShape), ...more };
  },

  async UpdateSigningCertificate({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ UserName: userName().optional(), CertificateId: certificateId(), Status: status() }), params);
    await updateSigningCertificate(db, { actor, userName: p.UserName, certificateId: p.CertificateId, status: p.Status, now, context });
    return null;
  },

  async DeleteSigningCertificate({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ UserName: userName().optional(), CertificateId: certificateId() }), params);
    await deleteSigningCertificate(db, { actor, userName: p.UserName, certificateId: p.CertificateId, now, context });
    return null;
  },
};
