"""Presigned URLs made by botocore (generate_presigned_url, which signs with SigV4QueryAuth):
{"requests": [{"service", "method", "params", "httpMethod"}]} gives their URLs, in order."""
import lab

if __name__ == "__main__":
    given = lab.read_input()
    lab.write_output([
        lab.client(given, r["service"]).generate_presigned_url(
            r["method"], Params=r.get("params", {}), ExpiresIn=300, HttpMethod=r.get("httpMethod"),
        )
        for r in given["requests"]
    ])
