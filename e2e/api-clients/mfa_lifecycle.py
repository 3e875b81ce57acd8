"""The MFA lifecycle through boto3 with real codes (oathtool's), step by step: {"user", "device"}
gives {step: {"response"} | {"error"}} for the spec to check. One process for the whole scenario."""
import base64

import lab

if __name__ == "__main__":
    given = lab.read_input()
    user, device = given["user"], given["device"]
    steps = {}

    def step(name, method, **params):
        steps[name] = lab.call(given, "iam", method, params)
        return steps[name].get("response")

    step("create_user", "create_user", UserName=user)
    created = step("create_device", "create_virtual_mfa_device", VirtualMFADeviceName=device, Path="/lab/")
    serial = created["VirtualMFADevice"]["SerialNumber"]
    # botocore decodes the blob: the bytes are the base32 text of the seed.
    seed = created["VirtualMFADevice"]["Base32StringSeed"].decode("ascii")
    steps["seed"] = seed

    previous, current = lab.totp(seed, -1, 2)
    step("enable_identical", "enable_mfa_device", UserName=user, SerialNumber=serial, AuthenticationCode1=current, AuthenticationCode2=current)
    step("enable", "enable_mfa_device", UserName=user, SerialNumber=serial, AuthenticationCode1=previous, AuthenticationCode2=current)
    step("list", "list_mfa_devices", UserName=user)
    step("list_assigned", "list_virtual_mfa_devices", AssignmentStatus="Assigned")
    step("summary", "get_account_summary")
    step("resync_spent", "resync_mfa_device", UserName=user, SerialNumber=serial, AuthenticationCode1=previous, AuthenticationCode2=current)
    following, after = lab.totp(seed, 1, 2)
    step("resync", "resync_mfa_device", UserName=user, SerialNumber=serial, AuthenticationCode1=following, AuthenticationCode2=after)
    step("tag", "tag_mfa_device", SerialNumber=serial, Tags=[{"Key": "team", "Value": "lab 1"}])
    step("tag_control_character", "tag_mfa_device", SerialNumber=serial, Tags=[{"Key": "team", "Value": "a\x01b"}])
    step("tags", "list_mfa_device_tags", SerialNumber=serial)
    step("delete_user_in_use", "delete_user", UserName=user)
    step("delete_device_in_use", "delete_virtual_mfa_device", SerialNumber=serial)
    step("deactivate", "deactivate_mfa_device", UserName=user, SerialNumber=serial)
    step("list_unassigned", "list_virtual_mfa_devices", AssignmentStatus="Unassigned")
    step("delete_device", "delete_virtual_mfa_device", SerialNumber=serial)
    step("delete_user", "delete_user", UserName=user)
    step("summary_after", "get_account_summary")
    steps["qr_png_signature"] = base64.b64encode(created["VirtualMFADevice"]["QRCodePNG"][:8]).decode("ascii")
    lab.write_output(steps)
