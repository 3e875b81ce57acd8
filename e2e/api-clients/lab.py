"""boto3 against the lab, as a learner configures it: the endpoint URL, an access key, a region.

Every script of this folder reads its input as JSON on stdin ({"baseURL", "region", "credentials",
...}) and writes its result as JSON on stdout. Anything but an AWS error (botocore's ClientError)
is left to crash the script, so a response botocore cannot parse fails the test.
"""
import base64
import datetime
import json
import subprocess
import sys
import time

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError


def read_input():
    return json.load(sys.stdin)


def client(lab, service, region=None):
    credentials = lab["credentials"]
    return boto3.client(
        service,
        endpoint_url=f"{lab['baseURL']}/api/{service}",
        region_name=region or lab["region"],
        aws_access_key_id=credentials["accessKeyId"],
        aws_secret_access_key=credentials["secretAccessKey"],
        aws_session_token=credentials.get("sessionToken"),
        config=Config(retries={"total_max_attempts": 1}),
    )


def error_of(error: ClientError):
    """An AWS error as boto3 reports it: code, message and HTTP status."""
    return {
        "code": error.response["Error"]["Code"],
        "message": error.response["Error"]["Message"],
        "status": error.response["ResponseMetadata"]["HTTPStatusCode"],
    }


def call(lab, service, method, params=None, region=None):
    """{"response": ...} without ResponseMetadata, or {"error": ...} for an AWS error."""
    try:
        response = getattr(client(lab, service, region), method)(**(params or {}))
    except ClientError as error:
        return {"error": error_of(error)}
    response.pop("ResponseMetadata", None)
    return {"response": response}


def totp(seed, offset=0, count=1):
    """Codes from oathtool (not the lab's own TOTP): the step `offset` steps from now and the `count - 1` after it."""
    at = int(time.time()) + offset * 30
    out = subprocess.run(
        ["/usr/bin/oathtool", "--totp", "-b", "-w", str(count - 1), "--now", f"@{at}", seed],
        check=True, capture_output=True, text=True,
    ).stdout
    return out.split()


def _encode(value):
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def write_output(result):
    json.dump(result, sys.stdout, default=_encode)
