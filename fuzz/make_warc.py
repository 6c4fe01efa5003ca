#!/usr/bin/env python3
"""Writes a WARC seed file from the example HTML pages: make_warc.py DIR OUT"""
import os
import sys

out = []
for i, f in enumerate(sorted(os.listdir(sys.argv[1]))):
    html = open(os.path.join(sys.argv[1], f), "rb").read()
    payload = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html
    out.append(("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/%d\r\n"
                "WARC-Record-ID: <urn:uuid:seed-%d>\r\nContent-Type: application/http; msgtype=response\r\n"
                "Content-Length: %d\r\n\r\n" % (i, i, len(payload))).encode() + payload + b"\r\n\r\n")
open(sys.argv[2], "wb").write(b"".join(out))
