#!/usr/bin/env python3
"""Golden error messages (cases.txt) for bad input, as jq's %%FAIL blocks.
Each case names the inputs (made here, in a temporary folder, so the
repository holds no binary blobs), the arguments, the exit status, how many
records must still come out, and the exact standard error.
usage: run.py ATTACHE"""
import gzip
import json
import os
import subprocess
import sys
import tempfile

GOOD = json.dumps({"id": "good", "text": "Hanoi and Moscow held talks on Monday."})


def make_inputs(d):
    def w(name, data):
        with open(os.path.join(d, name), "wb") as f:
            f.write(data)
    w("invalid-utf8.jsonl", (GOOD + "\n").encode() + b'{"id": "bad", "text": "Vi\xfft Nam"}\n' + (GOOD + "\n").encode())
    w("truncated.jsonl", (GOOD + "\n").encode() + b'{"id": "t2", "text": "the line ends here\n' + (GOOD + "\n").encode())
    w("not-object.jsonl", b'[1, 2, 3]\n' + (GOOD + "\n").encode())
    w("no-text.jsonl", b'{"id": "x", "body": "no text field"}\n')
    w("trailing.jsonl", b'{"id": "y", "text": "fine"} and more\n')
    w("binary.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)) * 4)
    w("empty.txt", b"")
    w("blank.jsonl", b"\n\n  \n")
    w("long.jsonl", b'{"id": "long", "text": "' + b"a" * (50 << 20) + b'"}\n' + (GOOD + "\n").encode())
    w("german.txt", "Der Außenminister traf gestern seinen Kollegen in Berlin und sprach über die Lage.".encode())
    w("bad.warc", b"this is not a warc file\n")
    w("broken.jsonl.gz", gzip.compress((GOOD + "\n").encode() * 50)[:60])
    w("nul.jsonl", (GOOD + "\n").encode() + b'{"id": "n", "text": "a\x00b"}\n')


def parse(path):
    cases, cur, section = [], None, None
    for line in open(path, encoding="utf-8").read().split("\n"):
        if line.startswith("%%CASE "):
            cur = {"name": line[7:], "args": [], "exit": 0, "records": 0, "stderr": []}
            cases.append(cur)
            section = None
        elif cur is None or line.startswith("#"):
            continue
        elif line.startswith("%%ARGS "):
            cur["args"] = line[7:].split()
        elif line.startswith("%%EXIT "):
            cur["exit"] = int(line[7:])
        elif line.startswith("%%RECORDS "):
            cur["records"] = int(line[10:])
        elif line == "%%STDERR":
            section = "stderr"
        elif section == "stderr" and line:
            cur["stderr"].append(line)
    return cases


def main():
    exe = os.path.abspath(sys.argv[1])
    cases = parse(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.txt"))
    passed = failed = 0
    with tempfile.TemporaryDirectory() as d:
        make_inputs(d)
        for c in cases:
            r = subprocess.run([exe, "extract", "-j", "2"] + c["args"], cwd=d, capture_output=True)
            err = r.stderr.decode("utf-8", "replace").rstrip("\n").split("\n") if r.stderr else []
            recs = [json.loads(x) for x in r.stdout.decode("utf-8").splitlines()]
            problems = []
            if r.returncode != c["exit"]:
                problems.append("exit %d, want %d" % (r.returncode, c["exit"]))
            if len(recs) != c["records"]:
                problems.append("%d records, want %d" % (len(recs), c["records"]))
            if err != c["stderr"]:
                problems.append("stderr:\n    got:  %s\n    want: %s" % ("\n          ".join(err), "\n          ".join(c["stderr"])))
            if problems:
                failed += 1
                print("FAIL %s: %s" % (c["name"], "; ".join(problems)))
            else:
                passed += 1
    print("errors: %d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


main()
