#!/usr/bin/env python3
"""Userspace TAP-to-TAP (or TUN-to-TUN) relay with netem-style impairment.

This kernel has no sch_netem, so impairment is done here.  The relay attaches
to two existing (persistent) tun/tap devices that live in other network
namespaces (it enters each namespace with setns(2) just long enough to open
/dev/net/tun) and forwards every frame from one device to the other.  Frames
never leave the two devices, so traffic stays inside the namespaces.

  relay.py --mode tap --a olab-cli:ot4c --b olab-srv:ot4s \
           --loss 0.02 --reorder 0.05 --dup 0.01 --delay-ms 5 --seed 1 \
           --max-seconds 120 --idle-seconds 20 --ready FILE --log FILE

Impairment (netem-like, applied independently in each direction, to TCP
frames only; ARP / ND / other frames are only delayed):
  * loss    : the frame is dropped with probability --loss
  * dup     : the frame is sent twice with probability --dup
  * reorder : with probability --reorder the frame is sent immediately
              (no delay), so it overtakes frames still waiting out the delay
              (this is netem's "delay D reorder P" behaviour)
  * delay   : every other frame is held --delay-ms milliseconds
Each direction draws from its own random.Random(seed, direction), three draws
per TCP frame, so the decision sequence is reproducible for a given seed.

The relay stops by itself after --max-seconds, or after --idle-seconds
without any frame once at least one frame was seen, or on SIGTERM/SIGINT.
On exit it writes a JSON log with per-direction counters.
Python standard library only (ctypes for setns).
"""
import argparse
import ctypes
import fcntl
import heapq
import json
import os
import random
import select
import signal
import struct
import sys
import time

TUNSETIFF = 0x400454ca
IFF_TUN = 0x0001
IFF_TAP = 0x0002
IFF_NO_PI = 0x1000
CLONE_NEWNET = 0x40000000

libc = ctypes.CDLL(None, use_errno=True)


def setns(path):
    fd = os.open(path, os.O_RDONLY)
    try:
        if libc.setns(fd, CLONE_NEWNET) != 0:
            e = ctypes.get_errno()
            raise OSError(e, "setns(%s): %s" % (path, os.strerror(e)))
    finally:
        os.close(fd)


def open_dev(spec, mode):
    ns, ifname = spec.split(":", 1)
    home = os.open("/proc/self/ns/net", os.O_RDONLY)
    try:
        if ns:
            setns("/run/netns/" + ns)
        fd = os.open("/dev/net/tun", os.O_RDWR)
        flags = (IFF_TAP if mode == "tap" else IFF_TUN) | IFF_NO_PI
        fcntl.ioctl(fd, TUNSETIFF, struct.pack("16sH22x", ifname.encode(),
                                               flags))
    finally:
        if libc.setns(home, CLONE_NEWNET) != 0:
            raise OSError(ctypes.get_errno(), "setns(back)")
        os.close(home)
    os.set_blocking(fd, False)
    return fd


def is_tcp(frame, mode):
    if mode == "tap":
        if len(frame) < 14:
            return False
        et = struct.unpack_from("!H", frame, 12)[0]
        off = 14
        if et in (0x8100, 0x88a8) and len(frame) >= 18:
            et = struct.unpack_from("!H", frame, 16)[0]
            off = 18
    else:
        if not frame:
            return False
        v = frame[0] >> 4
        et = 0x0800 if v == 4 else 0x86dd if v == 6 else 0
        off = 0
    if et == 0x0800 and len(frame) >= off + 10:
        return frame[off + 9] == 6
    if et == 0x86dd and len(frame) >= off + 7:
        return frame[off + 6] == 6
    return False


class Direction:
    def __init__(self, name, seed, idx):
        self.name = name
        # string seeds are hashed deterministically (sha512) by random
        self.rng = random.Random("offloadlab-relay/%d/%d" % (seed, idx))
        self.c = dict(frames=0, tcp_frames=0, dropped=0, duplicated=0,
                      reordered=0, delayed=0, sent=0, bytes=0,
                      write_errors=0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", choices=["tap", "tun"], default="tap")
    ap.add_argument("--a", required=True, help="NETNS:IFNAME")
    ap.add_argument("--b", required=True, help="NETNS:IFNAME")
    ap.add_argument("--loss", type=float, default=0.0)
    ap.add_argument("--reorder", type=float, default=0.0)
    ap.add_argument("--dup", type=float, default=0.0)
    ap.add_argument("--delay-ms", type=float, default=0.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-seconds", type=float, default=120)
    ap.add_argument("--idle-seconds", type=float, default=20)
    ap.add_argument("--ready")
    ap.add_argument("--log")
    a = ap.parse_args()

    fa = open_dev(a.a, a.mode)
    fb = open_dev(a.b, a.mode)
    dirs = {fa: (Direction("a->b", a.seed, 0), fb),
            fb: (Direction("b->a", a.seed, 1), fa)}
    delay = a.delay_ms / 1000.0
    stop = [False]

    def on_sig(*_):
        stop[0] = True
    signal.signal(signal.SIGTERM, on_sig)
    signal.signal(signal.SIGINT, on_sig)

    if a.ready:
        with open(a.ready, "w") as f:
            f.write("%d\n" % os.getpid())

    heap = []     # (due, seq, out_fd, frame, direction)
    seq = 0
    t0 = time.monotonic()
    last = None
    reason = "signal"
    while not stop[0]:
        now = time.monotonic()
        if now - t0 > a.max_seconds:
            reason = "max-seconds"
            break
        if last is not None and now - last > a.idle_seconds and not heap:
            reason = "idle"
            break
        # flush due frames
        while heap and heap[0][0] <= now:
            _, _, out, frame, d = heapq.heappop(heap)
            try:
                os.write(out, frame)
                d.c["sent"] += 1
            except OSError:
                d.c["write_errors"] += 1
        timeout = 0.2
        if heap:
            timeout = max(0.0, min(timeout, heap[0][0] - now))
        try:
            r, _, _ = select.select([fa, fb], [], [], timeout)
        except InterruptedError:
            continue
        now = time.monotonic()
        for fd in r:
            d, out = dirs[fd]
            for _ in range(64):
                try:
                    frame = os.read(fd, 65536)
                except BlockingIOError:
                    break
                except OSError:
                    break
                last = now
                d.c["frames"] += 1
                d.c["bytes"] += len(frame)
                copies, due = 1, now + delay
                if is_tcp(frame, a.mode):
                    d.c["tcp_frames"] += 1
                    u_loss, u_dup, u_reo = (d.rng.random(), d.rng.random(),
                                            d.rng.random())
                    if u_loss < a.loss:
                        d.c["dropped"] += 1
                        continue
                    if u_dup < a.dup:
                        d.c["duplicated"] += 1
                        copies = 2
                    if u_reo < a.reorder:
                        d.c["reordered"] += 1
                        due = now
                if due > now:
                    d.c["delayed"] += 1
                for _ in range(copies):
                    seq += 1
                    heapq.heappush(heap, (due, seq, out, frame, d))
    # flush what is still queued (bounded: at most the queue length)
    for due, _, out, frame, d in sorted(heap):
        try:
            os.write(out, frame)
            d.c["sent"] += 1
        except OSError:
            d.c["write_errors"] += 1
    log = {"mode": a.mode, "a": a.a, "b": a.b, "seed": a.seed,
           "loss": a.loss, "reorder": a.reorder, "dup": a.dup,
           "delay_ms": a.delay_ms, "stopped_by": reason,
           "seconds": round(time.monotonic() - t0, 3),
           "directions": dict((d.name, d.c) for d, _ in dirs.values())}
    txt = json.dumps(log, indent=1, sort_keys=True)
    if a.log:
        with open(a.log, "w") as f:
            f.write(txt + "\n")
    else:
        print(txt, file=sys.stderr)


if __name__ == "__main__":
    main()
