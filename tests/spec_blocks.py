"""The block format the command-level spec files share (agreements.txt,
places.txt), and one run of `attache extract` over their cases.

A case is `=== <title>`, then `key: value` lines; `lang`, `published` and
`text` are kept as they are, every other key goes to the caller's field
parser.  A malformed file raises SpecError naming the file and line."""
import json
import os
import subprocess
import sys


class SpecError(Exception):
    pass


def read_cases(path, field, new_case=dict):
    """The cases of `path`; field(case, key, value, where) stores any other
    key or raises SpecError; new_case() gives a case's empty fields."""
    cases, cur = [], None
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if line.startswith("#") or not line.strip():
            continue
        where = "%s:%d" % (path, n)
        if line.startswith("=== "):
            cur = new_case()
            cur.update(title=line[4:].strip(), line=n)
            cases.append(cur)
            continue
        if cur is None or ":" not in line:
            raise SpecError("%s: not in a case: %r" % (where, line))
        key, val = line.split(":", 1)
        val = val.strip()
        if key in ("lang", "published", "text"):
            cur[key] = val
        else:
            field(cur, key, val, where)
    for c in cases:
        for k in ("lang", "published", "text"):
            if k not in c:
                raise SpecError("%s:%d: case %r has no %s" % (path, c["line"], c["title"], k))
    return cases


def extract(exe, cases):
    """Each case as one JSON Lines document through `attache extract -j 2`:
    the output records by case index, and the command's exit status."""
    lines = "".join(json.dumps({"id": "c%04d" % i, "lang": c["lang"], "published": c["published"],
                                "text": c["text"]}, ensure_ascii=False) + "\n" for i, c in enumerate(cases))
    r = subprocess.run([exe, "extract", "-q", "-j", "2", "-"], input=lines.encode(), capture_output=True)
    out = {}
    for l in r.stdout.decode().splitlines():
        d = json.loads(l)
        out[int(d["doc"][1:])] = d
    return out, r.returncode, r.stderr.decode(errors="replace")


def load(argv, usage, name, parse):
    """`<script> ATTACHE [SPEC]`: the spec's cases (SPEC defaults to
    tests/spec/NAME), parsed by parse(path), and the command's output by case
    index; or an exit status (2: usage, malformed spec or a failed command)."""
    if len(argv) < 2:
        print(usage, file=sys.stderr)
        return 2
    spec = argv[2] if len(argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "spec", name)
    try:
        cases = parse(spec)
    except SpecError as e:
        print(e, file=sys.stderr)
        return 2
    out, rc, err = extract(argv[1], cases)
    if rc not in (0, 1):
        print("attache extract failed (%d): %s" % (rc, err), file=sys.stderr)
        return 2
    return spec, cases, out
