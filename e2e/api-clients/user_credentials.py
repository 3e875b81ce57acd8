"""Scenarios around IAM users' credentials, as a learner's boto3 script runs them: {"scenario", ...}.

Each scenario returns what the spec checks; AWS errors are kept as {"error": ...}, anything else
(a response botocore cannot parse) crashes the script and fails the test.
"""
import csv
import datetime
import io

import lab


def attempt(fn, **params):
    """An AWS error as data, so a scenario can go on after an expected refusal."""
    try:
        response = fn(**params)
    except lab.ClientError as error:
        return {"error": lab.error_of(error)}
    response.pop("ResponseMetadata", None)
    return {"response": response}


def cleanup(given):
    """Gives a user one of every credential, then cleans up as a script does: walk each list, delete, DeleteUser."""
    iam = lab.client(given, "iam")
    name = given["userName"]
    created = iam.create_user(UserName=name, Tags=[{"Key": "team", "Value": "blue"}])["User"]
    iam.create_login_profile(UserName=name, Password=given["password"])
    iam.create_access_key(UserName=name)
    iam.upload_signing_certificate(UserName=name, CertificateBody=given["certificate"])
    iam.upload_ssh_public_key(UserName=name, SSHPublicKeyBody=given["sshPublicKey"])
    iam.create_service_specific_credential(UserName=name, ServiceName="codecommit.amazonaws.com")

    conflicts = []
    steps = []

    def delete_user():
        result = attempt(iam.delete_user, UserName=name)
        if "error" in result:
            conflicts.append(result["error"])
        return result

    delete_user()
    try:
        iam.get_login_profile(UserName=name)
        iam.delete_login_profile(UserName=name)
        steps.append("login profile")
    except iam.exceptions.NoSuchEntityException:
        pass
    for page in iam.get_paginator("list_access_keys").paginate(UserName=name):
        for key in page["AccessKeyMetadata"]:
            iam.delete_access_key(UserName=name, AccessKeyId=key["AccessKeyId"])
            steps.append("access key")
    delete_user()
    for page in iam.get_paginator("list_signing_certificates").paginate(UserName=name):
        for certificate in page["Certificates"]:
            iam.delete_signing_certificate(UserName=name, CertificateId=certificate["CertificateId"])
            steps.append("signing certificate")
    for page in iam.get_paginator("list_ssh_public_keys").paginate(UserName=name):
        for key in page["SSHPublicKeys"]:
            iam.delete_ssh_public_key(UserName=name, SSHPublicKeyId=key["SSHPublicKeyId"])
            steps.append("ssh public key")
    delete_user()
    for credential in iam.list_service_specific_credentials(UserName=name)["ServiceSpecificCredentials"]:
        iam.delete_service_specific_credential(UserName=name, ServiceSpecificCredentialId=credential["ServiceSpecificCredentialId"])
        steps.append("service specific credential")
    for page in iam.get_paginator("list_mfa_devices").paginate(UserName=name):
        steps.extend("mfa device" for _ in page["MFADevices"])
    final = delete_user()
    return {
        "createdTags": created.get("Tags"),
        "conflicts": conflicts,
        "steps": steps,
        "final": final,
        "afterwards": attempt(iam.get_user, UserName=name),
    }


def password_policy(given):
    """A policy set, read back, then a password that breaks it refused, and the old one still in place."""
    iam = lab.client(given, "iam")
    before = attempt(iam.get_account_password_policy)
    iam.update_account_password_policy(
        MinimumPasswordLength=14, RequireSymbols=True, RequireNumbers=True, RequireUppercaseCharacters=True,
        RequireLowercaseCharacters=True, AllowUsersToChangePassword=True, MaxPasswordAge=90, PasswordReusePrevention=5,
    )
    policy = iam.get_account_password_policy()["PasswordPolicy"]
    iam.create_user(UserName=given["userName"])
    too_weak = attempt(iam.create_login_profile, UserName=given["userName"], Password="Short-1")
    iam.create_login_profile(UserName=given["userName"], Password=given["password"], PasswordResetRequired=True)
    violation = attempt(iam.update_login_profile, UserName=given["userName"], Password="only-lowercase-letters")
    profile = iam.get_login_profile(UserName=given["userName"])["LoginProfile"]
    bad_policy = attempt(iam.update_account_password_policy, MinimumPasswordLength=200, MaxPasswordAge=2000)
    return {
        "before": before,
        "policy": policy,
        "tooWeak": too_weak,
        "violation": violation,
        "profile": profile,
        "badPolicy": bad_policy,
        "policyAfterBadInput": iam.get_account_password_policy()["PasswordPolicy"],
    }


def credential_report(given):
    """GenerateCredentialReport until COMPLETE, then the report read with Python's csv module."""
    iam = lab.client(given, "iam")
    missing = attempt(iam.get_credential_report)
    states = [iam.generate_credential_report()["State"]]
    while states[-1] != "COMPLETE" and len(states) < 5:
        states.append(iam.generate_credential_report()["State"])
    report = iam.get_credential_report()
    rows = list(csv.DictReader(io.StringIO(report["Content"].decode("utf-8"))))
    return {"missing": missing, "states": states, "format": report["ReportFormat"], "columns": list(rows[0].keys()), "rows": rows}


def sessions(given):
    """The root user asks for 12 hours and gets one; session credentials without MFA are refused by IAM, not by STS."""
    sts = lab.client(given, "sts")
    before = datetime.datetime.now(datetime.timezone.utc)
    credentials = sts.get_session_token(DurationSeconds=43200)["Credentials"]
    lasts = (credentials["Expiration"] - before).total_seconds()
    session = {
        **given,
        "credentials": {
            "accessKeyId": credentials["AccessKeyId"],
            "secretAccessKey": credentials["SecretAccessKey"],
            "sessionToken": credentials["SessionToken"],
        },
    }
    return {
        "seconds": lasts,
        "iam": attempt(lab.client(session, "iam").get_user),
        "sts": attempt(lab.client(session, "sts").get_caller_identity),
        "keyInfo": attempt(sts.get_access_key_info, AccessKeyId=credentials["AccessKeyId"]),
    }


def last_used(given):
    """A new key's last use before and after it signs one call."""
    iam = lab.client(given, "iam")
    iam.create_user(UserName=given["userName"])
    key = iam.create_access_key(UserName=given["userName"])["AccessKey"]
    before = iam.get_access_key_last_used(AccessKeyId=key["AccessKeyId"])
    as_user = {**given, "credentials": {"accessKeyId": key["AccessKeyId"], "secretAccessKey": key["SecretAccessKey"]}}
    lab.client(as_user, "sts", region="eu-west-1").get_caller_identity()
    after = iam.get_access_key_last_used(AccessKeyId=key["AccessKeyId"])
    for answer in (before, after):
        answer.pop("ResponseMetadata", None)
    return {"before": before, "after": after}


SCENARIOS = {"cleanup": cleanup, "password_policy": password_policy, "credential_report": credential_report, "sessions": sessions, "last_used": last_used}

if __name__ == "__main__":
    given = lab.read_input()
    lab.write_output(SCENARIOS[given["scenario"]](given))
