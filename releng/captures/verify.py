#!/usr/bin/env python3
"""Check that each generated capture shows what its scenario is about.

Usage:  verify.py DIR     (DIR holds NAME.pcap[ng] + NAME.streams.csv)

Reads every capture with tshark (must be clean: rc 0, nothing on stderr),
then applies per-scenario checks (link type, stream count, in-order bytes,
expected tcp.analysis flags, VLAN tags, snaplen, offload artifacts, ...).
Prints one summary line per capture plus FAILED lines; exit status 1 if
any check fails.  Python standard library only.
"""
import csv
import os
import re
import subprocess
import sys

KiB, MiB = 1024, 1024 * 1024
BENIGN = re.compile(r'^Running as user "root" and group "root"')


def tshark(path, fields, extra=()):
    args = ["tshark", "-r", path, "-n", "-T", "fields", "-E", "separator=\t",
            "-E", "occurrence=a", "-E", "aggregator=,"] + list(extra)
    for f in fields:
        args += ["-e", f]
    p = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=300)
    err = [l for l in p.stderr.decode().splitlines()
           if l.strip() and not BENIGN.match(l)]
    rows = [dict(zip(fields, l.split("\t"))) for l in
            p.stdout.decode().splitlines()]
    return p.returncode, err, rows


def capinfos(path):
    out = subprocess.run(["capinfos", "-M", path], stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, timeout=60).stdout.decode()
    d = {}
    for l in out.splitlines():
        if ":" in l and not l.startswith(" "):
            k, v = l.split(":", 1)
            d.setdefault(k.strip(), v.strip())
    return d


def linktype(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:4] in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1"):
        return int.from_bytes(head[20:24], "little")
    return None


def num(r, k):
    return int(r[k] or 0)


def main():
    d = sys.argv[1]
    failed = []
    files = sorted(f for f in os.listdir(d) if f.endswith((".pcap", ".pcapng")))
    print("%-24s %9s %6s %5s  %s" % ("capture", "bytes", "frames", "strm",
                                     "key facts"))
    for fn in files:
        path = os.path.join(d, fn)
        name = fn.rsplit(".", 1)[0]
        with open(os.path.join(d, name + ".streams.csv"), newline="") as f:
            rows = list(csv.DictReader(f))
        if not rows:
            failed.append("%s: no TCP streams" % fn)
            print("%-24s %9d  FAILED: no TCP streams" % (fn, os.path.getsize(path)))
            continue
        ci = capinfos(path)
        rc, err, pk = tshark(path, [
            "frame.len", "frame.cap_len", "vlan.id", "tcp.stream",
            "tcp.flags", "tcp.len", "tcp.srcport", "tcp.checksum.status",
            "tcp.options.mss_val", "tcp.options.wscale.shift",
            "tcp.options.sack_perm", "tcp.options.timestamp.tsval"],
            ["-o", "tcp.check_checksum:TRUE"])
        facts = []
        checks = []

        def check(ok, what):
            checks.append((bool(ok), what))

        check(rc == 0 and not err, "tshark reads cleanly rc=%d %s" % (rc, err))
        tcp = [p for p in pk if p.get("tcp.stream")]
        tot = dict((k, sum(num(r, k) for r in rows)) for k in rows[0]
                   if k not in ("stream", "client", "server", "first_ts",
                                "last_ts") and not k.startswith("sha256"))
        flags = [k for k in ("retransmission", "fast_retransmission",
                             "spurious_retransmission", "out_of_order",
                             "duplicate_ack", "lost_segment", "zero_window",
                             "zero_window_probe", "window_full",
                             "window_update", "keep_alive", "keep_alive_ack")
                 if tot.get(k)]
        facts.append("encap=%s" % ci.get("File encapsulation"))
        for r in rows:
            if r["sha256_c2s"] and r["sha256_s2c"]:
                check(r["follow_bytes_c2s"] == r["in_order_bytes_c2s"] and
                      r["follow_bytes_s2c"] == r["in_order_bytes_s2c"],
                      "stream %s follow == in-order" % r["stream"])
        r0 = rows[0]
        io = "c2s %s B / s2c %s B in order" % (r0["in_order_bytes_c2s"],
                                               r0["in_order_bytes_s2c"])
        bad_csum = sum(1 for p in tcp if p["tcp.checksum.status"] == "0")
        if name in ("simple_http", "simple_http_sll"):
            check(ci.get("File encapsulation") ==
                  ("ether" if name == "simple_http" else "linux-sll2"),
                  "link type")
            check(len(rows) == 1 and r0["in_order_bytes_c2s"] == "78" and
                  r0["in_order_bytes_s2c"] == "4101", "78 B / 4101 B")
            fins = [p["tcp.srcport"] for p in tcp if int(p["tcp.flags"], 16) & 1]
            check(fins and fins[0] == "80", "server FIN first")
            facts.append(io + ", server FIN first")
        elif name == "bulk_1mb":
            syn = [p for p in tcp if int(p["tcp.flags"], 16) & 0x12 == 0x02][0]
            check(syn["tcp.options.mss_val"] and syn["tcp.options.wscale.shift"]
                  and syn["tcp.options.sack_perm"] != "" and
                  syn["tcp.options.timestamp.tsval"], "SYN options")
            check(r0["in_order_bytes_c2s"] == str(MiB) and
                  r0["in_order_bytes_s2c"] == "64", "1 MiB / 64 B")
            facts.append(io + ", SYN MSS %s wscale %s SACK_PERM TS" % (
                syn["tcp.options.mss_val"], syn["tcp.options.wscale.shift"]))
        elif name == "many_short_200":
            ports = sorted(int(r["client"].rsplit(":", 1)[1]) for r in rows)
            check(ports == list(range(41000, 41200)), "200 streams 41000-41199")
            check(all(r["in_order_bytes_c2s"] == "78" and
                      r["in_order_bytes_s2c"] == "1125" and
                      r["fin_c2s"] == "1" and r["fin_s2c"] == "1"
                      for r in rows), "each 78 B / 1125 B, both FINs")
            facts.append("200 x (78 B / 1125 B)")
        elif name == "impaired":
            for k in ("retransmission", "out_of_order", "duplicate_ack"):
                check(tot[k] > 0, "has " + k)
            check(tot["sack_frames_c2s"] + tot["sack_frames_s2c"] > 0, "SACK")
            check(r0["in_order_bytes_c2s"] == str(MiB) and
                  r0["in_order_bytes_s2c"] == str(256 * KiB) and
                  r0["holes_c2s"] == "0" and r0["holes_s2c"] == "0",
                  "1 MiB / 256 KiB complete")
            facts.append(io + ", sack_frames %d" % (
                tot["sack_frames_c2s"] + tot["sack_frames_s2c"]))
        elif name == "rst_midstream":
            check(r0["rst_c2s"] != "0" and r0["fin_c2s"] == "0",
                  "client RST, no client FIN")
            check(int(r0["in_order_bytes_s2c"]) >= 64 * KiB, ">= 64 KiB s2c")
            facts.append(io + ", client RST x%s" % r0["rst_c2s"])
        elif name == "half_close":
            after, seen = 0, False
            for p in tcp:
                fl = int(p["tcp.flags"], 16)
                if p["tcp.srcport"] == "40600" and fl & 1:
                    seen = True
                elif seen and p["tcp.srcport"] == "40006":
                    after += int(p["tcp.len"] or 0)
            check(after >= 256 * KiB, "256 KiB sent after client FIN")
            facts.append(io + ", %d B s2c after client FIN" % after)
        elif name == "conn_refused":
            check(len(rows) == 3 and all(
                r["syn_c2s"] == "1" and r["synack_s2c"] == "0" and
                r["rst_s2c"] == "1" for r in rows), "3 x SYN -> RST/ACK")
            facts.append("3 x SYN -> RST/ACK")
        elif name == "zero_window":
            check(tot["zero_window"] > 0, "zero_window flagged")
            check(r0["in_order_bytes_c2s"] == str(192 * KiB), "192 KiB")
            synack = [p for p in tcp if int(p["tcp.flags"], 16) & 0x12 == 0x12][0]
            facts.append(io + ", SYN-ACK wscale=%s" % (
                synack["tcp.options.wscale.shift"] or "none"))
        elif name == "urgent_oob":
            check(r0["urg_c2s"] == "2" and r0["in_order_bytes_c2s"] == "4202",
                  "2 URG segments, 4202 B")
            facts.append(io + ", URG x%s" % r0["urg_c2s"])
        elif name == "keepalive":
            check(ci.get("File type") == "pcapng" and "nanoseconds" in
                  ci.get("File timestamp precision", ""), "pcapng ns")
            check(tot["keep_alive"] >= 2 and tot["keep_alive_ack"] >= 2,
                  "keep-alive probes and ACKs")
            facts.append(io + ", pcapng ns")
        elif name == "ipv6":
            check(ci.get("File type") == "pcapng", "pcapng")
            check(r0["client"] == "[fd77::1]:41200" and
                  r0["in_order_bytes_c2s"] == str(4 * KiB) and
                  r0["in_order_bytes_s2c"] == str(256 * KiB), "v6 4 KiB/256 KiB")
            mss = [p["tcp.options.mss_val"] for p in tcp
                   if int(p["tcp.flags"], 16) & 0x02][0]
            facts.append(io + ", MSS %s, pcapng" % mss)
        elif name == "snaplen96":
            trunc = sum(1 for p in pk if int(p["frame.cap_len"]) <
                        int(p["frame.len"]))
            check(trunc > 0 and "96" in ci.get("Packet size limit", ""),
                  "snaplen 96, caplen < len")
            check(r0["sha256_c2s"] == "" and
                  r0["in_order_bytes_c2s"] == str(MiB), "seq counts exact")
            facts.append(io + ", %d frames cut" % trunc)
        elif name == "offload_artifacts":
            mx = max(int(p["frame.len"]) for p in pk)
            check(mx > 1514, "frames > MTU")
            check(bad_csum > 0, "bad TCP checksums")
            facts.append(io + ", max frame %d B, %d bad csum" % (mx, bad_csum))
        elif name == "vlan":
            tagged = sum(1 for p in pk if p["vlan.id"] == "100")
            check(tagged == len(pk), "all frames 802.1Q id 100")
            facts.append(io + ", %d/%d frames VLAN 100" % (tagged, len(pk)))
        elif name == "rawip":
            lt = linktype(path)
            check(lt in (101, 228), "LINKTYPE_RAW/IPV4")
            facts.append(io + ", linktype %s" % lt)
        if flags:
            facts.append(",".join("%s=%d" % (k, tot[k]) for k in flags))
        if bad_csum and name != "offload_artifacts":
            check(False, "unexpected bad checksums: %d" % bad_csum)
        print("%-24s %9d %6d %5d  %s" % (fn, os.path.getsize(path), len(pk),
                                         len(rows), "; ".join(facts)))
        for ok, what in checks:
            if not ok:
                failed.append("%s: %s" % (fn, what))
                print("    FAILED: " + what)
    if failed:
        print("verify: %d check(s) FAILED" % len(failed))
        sys.exit(1)
    print("verify: all checks passed")


if __name__ == "__main__":
    main()
