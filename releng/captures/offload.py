#!/usr/bin/env python3
"""Switch a NIC's offloads on or off without the ethtool binary.

Usage (inside the interface's namespace):  offload.py IFACE on|off

Uses the legacy SIOCETHTOOL set/get commands for tx-checksumming,
scatter-gather, TSO, GSO and GRO (the kernel resolves feature dependencies,
e.g. TSO needs tx-checksumming).  Prints the resulting state.
Python standard library only.
"""
import ctypes
import fcntl
import socket
import struct
import sys

SIOCETHTOOL = 0x8946
# (name, get, set)
FEATURES = [
    ("tx-checksumming", 0x16, 0x17),
    ("scatter-gather", 0x18, 0x19),
    ("tcp-segmentation-offload", 0x1e, 0x1f),
    ("generic-segmentation-offload", 0x23, 0x24),
    ("generic-receive-offload", 0x2b, 0x2c),
]


def ethtool(sock, ifname, cmd, data=0):
    val = ctypes.create_string_buffer(struct.pack("II", cmd, data), 8)
    ifr = struct.pack("16sQ16x", ifname.encode(), ctypes.addressof(val))
    fcntl.ioctl(sock.fileno(), SIOCETHTOOL, ifr)
    return struct.unpack("II", val.raw)[1]


def main():
    if len(sys.argv) != 3 or sys.argv[2] not in ("on", "off"):
        sys.exit(__doc__)
    ifname, want = sys.argv[1], 1 if sys.argv[2] == "on" else 0
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    order = FEATURES if want else list(reversed(FEATURES))
    for name, _, setcmd in order:
        try:
            ethtool(s, ifname, setcmd, want)
        except OSError as e:
            print("offload: %s %s: %s" % (ifname, name, e), file=sys.stderr)
    state = []
    for name, getcmd, _ in FEATURES:
        state.append("%s=%s" % (name, "on" if ethtool(s, ifname, getcmd)
                                else "off"))
    print("offload: %s: %s" % (ifname, " ".join(state)))


if __name__ == "__main__":
    main()
