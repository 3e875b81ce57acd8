"""Runs a list of boto3 calls in one process: {"calls": [{"service", "method", "params", "region"}]}."""
import lab

if __name__ == "__main__":
    given = lab.read_input()
    lab.write_output([lab.call(given, c["service"], c["method"], c.get("params"), c.get("region")) for c in given["calls"]])
