"""Roles through boto3 with real codes (oathtool's): a lifecycle as the account's root user, then an
IAM user assumes a role whose trust policy requires MFA, without and with a code, and asks STS who it
is with the role session's credentials. {"user", "role"} gives {step: {"response"} | {"error"}}."""
import json

import lab

if __name__ == "__main__":
    given = lab.read_input()
    user, role = given["user"], given["role"]
    steps = {}

    def step(name, service, method, as_=None, **params):
        steps[name] = lab.call(as_ or given, service, method, params)
        return steps[name].get("response")

    def as_credentials(credentials):
        return {**given, "credentials": credentials}

    step("create_user", "iam", "create_user", UserName=user)
    key = step("create_key", "iam", "create_access_key", UserName=user)["AccessKey"]
    created = step("create_device", "iam", "create_virtual_mfa_device", VirtualMFADeviceName=user)
    serial = created["VirtualMFADevice"]["SerialNumber"]
    seed = created["VirtualMFADevice"]["Base32StringSeed"].decode("ascii")
    previous, current = lab.totp(seed, -1, 2)
    step("enable", "iam", "enable_mfa_device", UserName=user, SerialNumber=serial, AuthenticationCode1=previous, AuthenticationCode2=current)
    user_arn = step("get_user", "iam", "get_user", UserName=user)["User"]["Arn"]

    trust = {
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Principal": {"AWS": user_arn},
            "Action": "sts:AssumeRole",
            "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}},
        }],
    }
    made = step("create_role", "iam", "create_role", RoleName=role, Path="/lab/", AssumeRolePolicyDocument=json.dumps(trust),
                Description="Needs MFA", MaxSessionDuration=7200, Tags=[{"Key": "team", "Value": "blue"}])
    role_arn = made["Role"]["Arn"]
    step("create_role_again", "iam", "create_role", RoleName=role.upper(), AssumeRolePolicyDocument=json.dumps(trust))
    step("create_role_malformed", "iam", "create_role", RoleName="Malformed", AssumeRolePolicyDocument="{not json")
    step("create_role_too_long", "iam", "create_role", RoleName="Long", AssumeRolePolicyDocument=json.dumps(trust), MaxSessionDuration=43201)
    step("get_role", "iam", "get_role", RoleName=role)
    step("list_roles", "iam", "list_roles", PathPrefix="/la")
    step("list_roles_other_prefix", "iam", "list_roles", PathPrefix="/other/")
    step("tag_role", "iam", "tag_role", RoleName=role, Tags=[{"Key": "stage", "Value": "lab"}])
    step("untag_role", "iam", "untag_role", RoleName=role, TagKeys=["TEAM"])
    step("list_role_tags", "iam", "list_role_tags", RoleName=role)
    step("update_role", "iam", "update_role", RoleName=role, MaxSessionDuration=3600)
    step("update_role_description", "iam", "update_role_description", RoleName=role, Description="Needs MFA, really")

    as_user = as_credentials({"accessKeyId": key["AccessKeyId"], "secretAccessKey": key["SecretAccessKey"]})
    step("assume_without_mfa", "sts", "assume_role", as_user, RoleArn=role_arn, RoleSessionName="no-mfa")
    step("assume_bad_session_name", "sts", "assume_role", as_user, RoleArn=role_arn, RoleSessionName="has space")
    # The code of the step after the one EnableMFADevice accepted last.
    (code,) = lab.totp(seed, 1)
    assumed = step("assume", "sts", "assume_role", as_user, RoleArn=role_arn, RoleSessionName="with-mfa", SerialNumber=serial, TokenCode=code)
    step("assume_replayed", "sts", "assume_role", as_user, RoleArn=role_arn, RoleSessionName="again", SerialNumber=serial, TokenCode=code)
    if assumed:
        credentials = assumed["Credentials"]
        as_session = as_credentials({
            "accessKeyId": credentials["AccessKeyId"],
            "secretAccessKey": credentials["SecretAccessKey"],
            "sessionToken": credentials["SessionToken"],
        })
        step("session_identity", "sts", "get_caller_identity", as_session)
        step("session_list_roles", "iam", "list_roles", as_session)
        step("get_role_used", "iam", "get_role", RoleName=role)

    step("update_assume_role_policy", "iam", "update_assume_role_policy", RoleName=role,
         PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": user_arn}, "Action": "sts:AssumeRole"}]}))
    step("assume_after_update", "sts", "assume_role", as_user, RoleArn=role_arn, RoleSessionName="no-mfa-now")
    step("assume_too_long", "sts", "assume_role", as_user, RoleArn=role_arn, RoleSessionName="long", DurationSeconds=7200)
    step("delete_role", "iam", "delete_role", RoleName=role)
    step("get_role_deleted", "iam", "get_role", RoleName=role)
    steps["user_arn"] = user_arn
    lab.write_output(steps)
