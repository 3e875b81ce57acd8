"""Groups and policies through boto3, as an onboarding script and then a cleanup script run them:
{"scenario": "lifecycle" | "cleanup", ...} gives {step: {"response"} | {"error"}, ...} for the spec.

botocore decodes IAM's URL-encoded policy documents into dicts; a document it could not decode would stay
a str, so the scenario reports the type it got. Anything but an AWS error crashes the script.
"""
import json

import lab

READ_BUCKETS = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:ListAllMyBuckets", "Resource": "*"}]}
DENY_IAM = {"Version": "2012-10-17", "Statement": [{"Sid": "NoIam", "Effect": "Deny", "Action": "iam:*", "Resource": "*"}]}
READ_ONLY = "arn:aws:iam::aws:policy/IAMReadOnlyAccess"


def lifecycle(given):
    iam = lab.client(given, "iam")
    steps = {}

    def step(name, method, **params):
        steps[name] = lab.call(given, "iam", method, params)
        return steps[name].get("response")

    step("create_group", "create_group", GroupName="Developers", Path="/eng/")
    step("create_group_again", "create_group", GroupName="developers")
    for user in ("ana", "bo"):
        iam.create_user(UserName=user)
        step(f"add_{user}", "add_user_to_group", GroupName="Developers", UserName=user)
    step("get_group", "get_group", GroupName="Developers")
    step("groups_for_ana", "list_groups_for_user", UserName="ana")
    step("list_groups_prefix", "list_groups", PathPrefix="/en")

    policy = step("create_policy", "create_policy", PolicyName="ReadBuckets", Path="/team/", PolicyDocument=json.dumps(READ_BUCKETS, indent=2),
                  Description="Lists buckets", Tags=[{"Key": "owner", "Value": "ana"}])
    arn = policy["Policy"]["Arn"]
    steps["arn"] = arn
    step("create_malformed", "create_policy", PolicyName="Broken", PolicyDocument='{"Version": "2012-10-17", "Statement": [{"Effect": "Allow"}]}')
    step("create_policy_version", "create_policy_version", PolicyArn=arn, PolicyDocument=json.dumps(DENY_IAM), SetAsDefault=True)
    version = step("get_policy_version", "get_policy_version", PolicyArn=arn, VersionId="v2")
    steps["document_type"] = type(version["PolicyVersion"]["Document"]).__name__
    step("delete_default_version", "delete_policy_version", PolicyArn=arn, VersionId="v2")
    step("set_default", "set_default_policy_version", PolicyArn=arn, VersionId="v1")
    step("list_versions", "list_policy_versions", PolicyArn=arn)
    for _ in range(3):
        iam.create_policy_version(PolicyArn=arn, PolicyDocument=json.dumps(READ_BUCKETS))
    step("sixth_version", "create_policy_version", PolicyArn=arn, PolicyDocument=json.dumps(READ_BUCKETS))

    step("tag_policy", "tag_policy", PolicyArn=arn, Tags=[{"Key": "team", "Value": "blue"}, {"Key": "OWNER", "Value": "bo"}])
    step("untag_policy", "untag_policy", PolicyArn=arn, TagKeys=["team"])
    step("policy_tags", "list_policy_tags", PolicyArn=arn)
    step("tag_aws_policy", "tag_policy", PolicyArn=READ_ONLY, Tags=[{"Key": "team", "Value": "blue"}])

    step("attach_group", "attach_group_policy", GroupName="Developers", PolicyArn=arn)
    step("attach_user", "attach_user_policy", UserName="ana", PolicyArn=READ_ONLY)
    step("attach_missing", "attach_user_policy", UserName="ana", PolicyArn="arn:aws:iam::aws:policy/NoSuchPolicy")
    step("attached_group", "list_attached_group_policies", GroupName="Developers")
    step("attached_user", "list_attached_user_policies", UserName="ana")
    step("get_policy", "get_policy", PolicyArn=arn)
    step("entities", "list_entities_for_policy", PolicyArn=READ_ONLY)
    step("local_attached", "list_policies", Scope="Local", OnlyAttached=True)

    step("put_group_policy", "put_group_policy", GroupName="Developers", PolicyName="deny-iam", PolicyDocument=json.dumps(DENY_IAM))
    inline = step("get_group_policy", "get_group_policy", GroupName="Developers", PolicyName="deny-iam")
    steps["inline_document"] = inline["PolicyDocument"]
    step("put_user_policy_principal", "put_user_policy", UserName="bo", PolicyName="p",
         PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:*", "Resource": "*"}]}))
    step("group_policies", "list_group_policies", GroupName="Developers")

    # A paginator walks every AWS managed policy, 100 at a time, as audit scripts do.
    aws_policies = [p for page in iam.get_paginator("list_policies").paginate(Scope="AWS") for p in page["Policies"]]
    steps["aws_policy_count"] = len(aws_policies)
    steps["aws_policy_ids_unique"] = len({p["PolicyId"] for p in aws_policies}) == len(aws_policies)
    details = {"UserDetailList": [], "GroupDetailList": [], "RoleDetailList": [], "Policies": []}
    for page in iam.get_paginator("get_account_authorization_details").paginate(PaginationConfig={"PageSize": 2}):
        for key in details:
            details[key].extend(page[key])
    steps["details"] = details

    step("delete_group_with_members", "delete_group", GroupName="Developers")
    step("delete_attached_policy", "delete_policy", PolicyArn=arn)
    step("delete_user_in_group", "delete_user", UserName="bo")
    return steps


def cleanup(given):
    """Deletes every user, group and customer managed policy the way a teardown script does."""
    iam = lab.client(given, "iam")
    done = []
    for page in iam.get_paginator("list_users").paginate():
        for user in page["Users"]:
            name = user["UserName"]
            for group in iam.list_groups_for_user(UserName=name)["Groups"]:
                iam.remove_user_from_group(GroupName=group["GroupName"], UserName=name)
            for attached in iam.list_attached_user_policies(UserName=name)["AttachedPolicies"]:
                iam.detach_user_policy(UserName=name, PolicyArn=attached["PolicyArn"])
            for policy_name in iam.list_user_policies(UserName=name)["PolicyNames"]:
                iam.delete_user_policy(UserName=name, PolicyName=policy_name)
            iam.delete_user(UserName=name)
            done.append(f"user {name}")
    for page in iam.get_paginator("list_groups").paginate():
        for group in page["Groups"]:
            name = group["GroupName"]
            for attached in iam.list_attached_group_policies(GroupName=name)["AttachedPolicies"]:
                iam.detach_group_policy(GroupName=name, PolicyArn=attached["PolicyArn"])
            for policy_name in iam.list_group_policies(GroupName=name)["PolicyNames"]:
                iam.delete_group_policy(GroupName=name, PolicyName=policy_name)
            iam.delete_group(GroupName=name)
            done.append(f"group {name}")
    for page in iam.get_paginator("list_policies").paginate(Scope="Local"):
        for policy in page["Policies"]:
            for version in iam.list_policy_versions(PolicyArn=policy["Arn"])["Versions"]:
                if not version["IsDefaultVersion"]:
                    iam.delete_policy_version(PolicyArn=policy["Arn"], VersionId=version["VersionId"])
            iam.delete_policy(PolicyArn=policy["Arn"])
            done.append(f"policy {policy['PolicyName']}")
    return {
        "done": done,
        "users": iam.list_users()["Users"],
        "groups": iam.list_groups()["Groups"],
        "policies": iam.list_policies(Scope="Local")["Policies"],
    }


if __name__ == "__main__":
    given = lab.read_input()
    lab.write_output({"lifecycle": lifecycle, "cleanup": cleanup}[given["scenario"]](given))
