#!/usr/bin/env python3
"""Builds a large benchmark capture from real ones: each template capture (classic pcap, Ethernet/IPv4) is
repeated with the client and server addresses rewritten per copy (10.<copy/256>.<copy%256>.x) and timestamps
shifted, so every copy is a distinct set of TCP connections with real Linux-stack dynamics. IPv4 header
checksums are recomputed; TCP checksums are left as they were (their pseudo-header no longer matches, exactly
like checksum-offload artefacts, which the analysis and tshark ignore by default).

usage: make-big-capture.py OUT.pcap SIZE_MB TEMPLATE.pcap [TEMPLATE.pcap ...]
"""
import struct
import sys


def read_pcap(path):
    with open(path, "rb") as f:
        data = f.read()
    magic = struct.unpack("<I", data[:4])[0]
    if magic not in (0xA1B2C3D4, 0xA1B23C4D):
        sys.exit(f"{path}: only little-endian classic pcap templates are supported")
    linktype = struct.unpack("<I", data[20:24])[0]
    if linktype != 1:
        sys.exit(f"{path}: template must be Ethernet (link type 1), is {linktype}")
    nanos = magic == 0xA1B23C4D
    off, records = 24, []
    while off + 16 <= len(data):
        sec, frac, incl, orig = struct.unpack("<IIII", data[off:off + 16])
        ts = sec * 1_000_000_000 + (frac if nanos else frac * 1000)
        records.append((ts, bytearray(data[off + 16:off + 16 + incl]), orig))
        off += 16 + incl
    return records


def ip_checksum(header):
    s = sum(struct.unpack("!%dH" % (len(header) // 2), header))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return (~s) & 0xFFFF


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    out, size_mb, templates = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    target = size_mb * 1024 * 1024
    recs = []
    for t in templates:
        recs.extend(read_pcap(t))
    base = min(r[0] for r in recs)
    span = max(r[0] for r in recs) - base + 1_000_000_000
    written, copy = 24, 0
    with open(out, "wb", buffering=8 << 20) as f:
        f.write(struct.pack("<IHHiIII", 0xA1B23C4D, 2, 4, 0, 0, 262144, 1))
        while written < target:
            hi, lo = (copy >> 8) & 0xFF, copy & 0xFF
            shift = copy * span
            for ts, frame, orig in recs:
                fr = bytearray(frame)
                if len(fr) >= 34 and fr[12:14] == b"\x08\x00":
                    ihl = (fr[14] & 0x0F) * 4
                    fr[27], fr[28] = hi, lo          # source address, 2nd and 3rd octets
                    fr[31], fr[32] = hi, lo          # destination address
                    fr[24:26] = b"\x00\x00"
                    fr[24:26] = struct.pack("!H", ip_checksum(bytes(fr[14:14 + ihl])))
                t = ts - base + shift + 1_700_000_000 * 1_000_000_000
                f.write(struct.pack("<IIII", t // 1_000_000_000, t % 1_000_000_000, len(fr), orig))
                f.write(fr)
                written += 16 + len(fr)
            copy += 1
    print(f"{out}: {written / 1e6:.0f} MB, {copy} copies of {len(recs)} frames", file=sys.stderr)


if __name__ == "__main__":
    main()
