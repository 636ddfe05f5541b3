#!/usr/bin/env python3
"""Ground truth for a TCP capture, computed with tshark.

Usage:  truth.py [--outdir DIR] [--check] CAPTURE [CAPTURE ...]

For every CAPTURE (pcap or pcapng) writes, next to it (or into --outdir):

  NAME.conv.txt     verbatim stdout of `tshark -r CAPTURE -q -z conv,tcp`
  NAME.streams.csv  one row per tcp.stream, same columns/semantics as the
                    shared reference set (/work/shared/captures/README.md)

where NAME is the capture file name including its extension (e.g.
`simple_http.pcap` -> `simple_http.conv.txt`; the extension is dropped).

All per-packet facts come from tshark itself (default preferences, single
pass): tcp.stream, frame.time_epoch, frame.len, tcp.flags, tcp.seq_raw,
tcp.len, tcp.payload, tcp.options.sack_le and the tcp.analysis.* flags.
Payload in-order bytes are computed twice, independently: from sequence
ranges (tcp.seq_raw/tcp.len/tcp.payload) and from `-z follow,tcp,raw,N`.

--check makes the exit status non-zero when tshark reports anything on
stderr or when, for a non-truncated direction, follow,tcp,raw disagrees
with the sequence-range reassembly.  A one-line summary per capture and
the check results are printed on stderr.

Python standard library only.  Tested with TShark 4.0.17.
"""
import argparse
import csv
import hashlib
import io
import os
import re
import subprocess
import sys

TSHARK = os.environ.get("TSHARK", "tshark")
TIMEOUT = int(os.environ.get("TRUTH_TSHARK_TIMEOUT", "600"))

FLAGS = [
    "retransmission", "fast_retransmission", "spurious_retransmission",
    "out_of_order", "duplicate_ack", "lost_segment", "ack_lost_segment",
    "zero_window", "zero_window_probe", "zero_window_probe_ack",
    "window_full", "window_update", "keep_alive", "keep_alive_ack",
    "reused_ports",
]
DIR_COUNTS = ["frames", "bytes", "syn", "synack", "fin", "rst", "urg",
              "sack_frames"]
DIR_PAYLOAD = ["in_order_bytes", "unique_bytes", "holes", "follow_bytes",
               "sha256"]


def columns():
    cols = ["stream", "client", "server", "first_ts", "last_ts"]
    for d in ("c2s", "s2c"):
        cols += ["%s_%s" % (c, d) for c in DIR_COUNTS]
    cols += FLAGS
    for d in ("c2s", "s2c"):
        cols += ["%s_%s" % (c, d) for c in DIR_PAYLOAD]
    return cols


# Benign tshark stderr noise (running as root in the capture namespaces).
BENIGN_STDERR = re.compile(r'^Running as user "root" and group "root"\. '
                           r'This could be dangerous\.$')


def run_tshark(args):
    p = subprocess.run([TSHARK] + args, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=TIMEOUT)
    err = [l for l in p.stderr.decode("utf-8", "replace").splitlines()
           if l.strip() and not BENIGN_STDERR.match(l.strip())]
    return p.returncode, p.stdout.decode("utf-8", "replace"), err


FIELDS = [
    "frame.number", "frame.time_epoch", "frame.len", "tcp.stream",
    "ip.src", "ip.dst", "ipv6.src", "ipv6.dst", "tcp.srcport", "tcp.dstport",
    "tcp.flags", "tcp.seq_raw", "tcp.len", "tcp.options.sack_le",
    "tcp.payload",
] + ["tcp.analysis." + f for f in FLAGS]


def endpoint(addr, port):
    if ":" in addr:
        return "[%s]:%s" % (addr, port)
    return "%s:%s" % (addr, port)


class Dir:
    def __init__(self):
        self.c = dict((k, 0) for k in DIR_COUNTS)
        self.isn = None          # seq_raw of this direction's SYN / SYN-ACK
        self.segs = []           # (seq_raw, tcp.len, payload bytes)
        self.truncated = False


class Stream:
    def __init__(self, sid):
        self.sid = sid
        self.pkts = []           # (src_endpoint, dst_endpoint, row)
        self.flags = dict((f, 0) for f in FLAGS)
        self.first_ts = None
        self.last_ts = None


def parse_packets(path):
    args = ["-r", path, "-n", "-T", "fields", "-E", "separator=\t",
            "-E", "occurrence=l", "-E", "quote=n"]
    for f in FIELDS:
        args += ["-e", f]
    rc, out, err = run_tshark(args)
    streams = {}
    order = []
    idx = dict((f, i) for i, f in enumerate(FIELDS))
    for line in out.splitlines():
        v = line.split("\t")
        if len(v) < len(FIELDS):
            v += [""] * (len(FIELDS) - len(v))
        if v[idx["tcp.stream"]] == "":
            continue
        sid = int(v[idx["tcp.stream"]])
        st = streams.get(sid)
        if st is None:
            st = streams[sid] = Stream(sid)
            order.append(sid)
        src = v[idx["ip.src"]] or v[idx["ipv6.src"]]
        dst = v[idx["ip.dst"]] or v[idx["ipv6.dst"]]
        # (a frame with both IPv4 and IPv6 headers, i.e. a 6in4/4in6
        # tunnel, is attributed to its IPv4 addresses: documented limit)
        src_ep = endpoint(src, v[idx["tcp.srcport"]])
        dst_ep = endpoint(dst, v[idx["tcp.dstport"]])
        ts = v[idx["frame.time_epoch"]]
        if st.first_ts is None:
            st.first_ts = ts
        st.last_ts = ts
        for f in FLAGS:
            if v[idx["tcp.analysis." + f]] != "":
                st.flags[f] += 1
        st.pkts.append((src_ep, dst_ep, v))
    return rc, err, streams, order, idx


def decide_client(st, idx):
    # Client = sender of the first SYN (without ACK).  If the capture holds
    # no SYN but a SYN-ACK, the client is that SYN-ACK's destination.
    # Otherwise the sender of the first packet.
    for src, dst, v in st.pkts:
        fl = int(v[idx["tcp.flags"]], 16)
        if fl & 0x02 and not fl & 0x10:
            return src, dst
    for src, dst, v in st.pkts:
        fl = int(v[idx["tcp.flags"]], 16)
        if fl & 0x02 and fl & 0x10:
            return dst, src
    src, dst, _ = st.pkts[0]
    return src, dst


def reassemble(d):
    """Union of data segments relative to ISN+1 (or the lowest seq seen)."""
    segs = []
    for seq, ln, pay, syn in d.segs:
        if ln <= 0:
            continue
        start = (seq + 1) & 0xFFFFFFFF if syn else seq
        segs.append((start, ln, pay))
    if not segs:
        return 0, 0, 0, b""
    if d.isn is not None:
        base = (d.isn + 1) & 0xFFFFFFFF
    else:
        # lowest sequence number, modulo-2^32 aware: relative to the first
        # data segment, pick the most negative signed offset
        ref = segs[0][0]
        offs = [((s - ref + 0x80000000) & 0xFFFFFFFF) - 0x80000000
                for s, _, _ in segs]
        base = (ref + min(offs)) & 0xFFFFFFFF
    rel = []
    for s, ln, pay in segs:
        off = ((s - base + 0x80000000) & 0xFFFFFFFF) - 0x80000000
        if off + ln <= 0:
            continue            # entirely before ISN+1
        if off < 0:
            pay = pay[-off:] if pay is not None else None
            ln += off
            off = 0
        rel.append((off, ln, pay))
    if not rel:
        return 0, 0, 0, b""
    # union of intervals
    ivs = []
    for off, ln, _ in sorted(rel, key=lambda t: (t[0], -t[1])):
        end = off + ln
        if ivs and off <= ivs[-1][1]:
            if end > ivs[-1][1]:
                ivs[-1][1] = end
        else:
            ivs.append([off, end])
    unique = sum(e - s for s, e in ivs)
    holes = len(ivs) - 1
    in_order = ivs[0][1] if ivs[0][0] == 0 else 0
    # in-order byte content; the first captured copy of each byte wins
    # (rel is still in capture order)
    buf = bytearray(in_order)
    have = bytearray(in_order)
    for off, ln, pay in rel:
        if off >= in_order or pay is None:
            continue
        end = min(off + len(pay), in_order)
        seg = pay[:end - off]
        # copy only bytes not yet filled
        i = off
        while i < end:
            if not have[i]:
                j = i
                while j < end and not have[j]:
                    j += 1
                buf[i:j] = seg[i - off:j - off]
                have[i:j] = b"\x01" * (j - i)
                i = j
            else:
                i += 1
    return in_order, unique, holes, bytes(buf)


def parse_follow(out):
    """-> {stream: {node_endpoint: bytearray}} from follow,tcp,raw output."""
    res = {}
    cur = None
    nodes = {}
    for line in out.splitlines():
        if line.startswith("Filter: tcp.stream eq "):
            cur = int(line.split()[-1])
            nodes = {}
            res[cur] = {"nodes": nodes, 0: bytearray(), 1: bytearray()}
            continue
        if cur is None:
            continue
        if line.startswith("Node 0: "):
            nodes[0] = line[8:]
            continue
        if line.startswith("Node 1: "):
            nodes[1] = line[8:]
            continue
        if line.startswith("=====") or line.startswith("Follow: "):
            continue
        s = line.strip()
        if not s:
            continue
        if re.fullmatch(r"[0-9a-fA-F]+", s):
            res[cur][1 if line.startswith("\t") else 0] += bytes.fromhex(s)
    return res


def follow_streams(path, sids):
    result = {}
    errs = []
    chunk = 250
    for i in range(0, len(sids), chunk):
        args = ["-r", path, "-n", "-q"]
        for sid in sids[i:i + chunk]:
            args += ["-z", "follow,tcp,raw,%d" % sid]
        rc, out, err = run_tshark(args)
        errs += err
        result.update(parse_follow(out))
    return result, errs


def truth(path, outdir, check):
    base = os.path.basename(path)
    name = base.rsplit(".", 1)[0] if "." in base else base
    outdir = outdir or os.path.dirname(os.path.abspath(path))
    problems = []

    rc, out, err = run_tshark(["-r", path, "-q", "-z", "conv,tcp"])
    if rc != 0 or err:
        problems.append("conv,tcp: rc=%d stderr=%r" % (rc, err))
    with open(os.path.join(outdir, name + ".conv.txt"), "w") as f:
        f.write(out)

    rc, err, streams, order, idx = parse_packets(path)
    if rc != 0 or err:
        problems.append("fields: rc=%d stderr=%r" % (rc, err))
    sids = sorted(streams)
    follow, ferr = follow_streams(path, sids)
    if ferr:
        problems.append("follow: stderr=%r" % ferr)

    rows = []
    tot_frames = 0
    for sid in sids:
        st = streams[sid]
        client, server = decide_client(st, idx)
        dirs = {"c2s": Dir(), "s2c": Dir()}
        for src, dst, v in st.pkts:
            tot_frames += 1
            if src == client and dst == server:
                d = dirs["c2s"]
            elif src == server and dst == client:
                d = dirs["s2c"]
            else:
                # same stream id but a different 4-tuple cannot happen with
                # plain TCP; count it on the side whose source matches
                d = dirs["c2s"] if src == client else dirs["s2c"]
            fl = int(v[idx["tcp.flags"]], 16)
            d.c["frames"] += 1
            d.c["bytes"] += int(v[idx["frame.len"]])
            syn = bool(fl & 0x02)
            if syn and not fl & 0x10:
                d.c["syn"] += 1
            if syn and fl & 0x10:
                d.c["synack"] += 1
            if fl & 0x01:
                d.c["fin"] += 1
            if fl & 0x04:
                d.c["rst"] += 1
            if fl & 0x20:
                d.c["urg"] += 1
            if v[idx["tcp.options.sack_le"]] != "":
                d.c["sack_frames"] += 1
            seq = int(v[idx["tcp.seq_raw"]]) if v[idx["tcp.seq_raw"]] else 0
            if syn and d.isn is None:
                d.isn = seq
            ln = int(v[idx["tcp.len"]] or 0)
            if ln > 0:
                hx = v[idx["tcp.payload"]]
                pay = bytes.fromhex(hx) if hx else b""
                if len(pay) < ln:
                    d.truncated = True
                    pay = pay if pay else None
                d.segs.append((seq, ln, pay, syn))
        row = {"stream": sid, "client": client, "server": server,
               "first_ts": st.first_ts, "last_ts": st.last_ts}
        fol = follow.get(sid, {"nodes": {}, 0: b"", 1: b""})
        node_of = dict((ep, n) for n, ep in fol["nodes"].items())
        for dn, d in dirs.items():
            for k in DIR_COUNTS:
                row["%s_%s" % (k, dn)] = d.c[k]
            in_order, unique, holes, data = reassemble(d)
            sender = client if dn == "c2s" else server
            n = node_of.get(sender)
            if n is None:
                # follow prints ":0" nodes when the stream carries no payload
                n = 0 if dn == "c2s" else 1
            fb = fol[n]
            sha = "" if d.truncated else hashlib.sha256(data).hexdigest()
            row["in_order_bytes_" + dn] = in_order
            row["unique_bytes_" + dn] = unique
            row["holes_" + dn] = holes
            row["follow_bytes_" + dn] = len(fb)
            row["sha256_" + dn] = sha
            if not d.truncated:
                if len(fb) != in_order or \
                        hashlib.sha256(bytes(fb)).hexdigest() != sha:
                    problems.append(
                        "stream %d %s: follow %d B != seq reassembly %d B"
                        % (sid, dn, len(fb), in_order))
        for f in FLAGS:
            row[f] = st.flags[f]
        rows.append(row)

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns(), lineterminator="\r\n")
    w.writeheader()
    for r in rows:
        w.writerow(r)
    with open(os.path.join(outdir, name + ".streams.csv"), "w", newline="") as f:
        f.write(buf.getvalue())

    flagsum = dict((f, sum(r[f] for r in rows)) for f in FLAGS)
    nz = ",".join("%s=%d" % (k, v) for k, v in flagsum.items() if v)
    print("%s: %d tcp frames, %d streams%s%s" % (
        base, tot_frames, len(rows), "; " + nz if nz else "",
        "; PROBLEMS: " + " | ".join(problems) if problems else ""),
        file=sys.stderr)
    return not (check and problems)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--outdir")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("captures", nargs="+")
    a = ap.parse_args()
    ok = True
    for c in a.captures:
        ok = truth(c, a.outdir, a.check) and ok
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
