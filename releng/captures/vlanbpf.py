#!/usr/bin/env python3
"""Make an interface speak 802.1Q without the 8021q module.

Usage (inside the interface's network namespace):
    vlanbpf.py IFACE VID

This kernel is built without CONFIG_VLAN_8021Q (no VLAN sub-interfaces), without
CONFIG_NET_ACT_VLAN (no `tc action vlan`) and without bridge VLAN filtering.
It does have eBPF and tcx (kernel >= 6.6), so this helper loads two tiny
hand-assembled sched_cls programs and attaches them with BPF_PROG_ATTACH:

  tcx egress : bpf_skb_vlan_push(skb, ETH_P_8021Q, VID)  -> every frame leaves tagged
  tcx ingress: bpf_skb_vlan_pop(skb)                      -> tag removed before IP

Tagging is therefore done by the kernel (skb_vlan_push, the same code the
8021q driver and act_vlan use); a packet socket on IFACE (tcpdump) sees the
802.1Q header in both directions.  The attachments live until the interface
is deleted.  Python standard library only (ctypes for the bpf syscall).
"""
import ctypes
import os
import socket
import struct
import sys

SYS_BPF = {"x86_64": 321, "aarch64": 280}[os.uname().machine]
BPF_PROG_LOAD = 5
BPF_PROG_ATTACH = 8
BPF_PROG_TYPE_SCHED_CLS = 3
BPF_TCX_INGRESS = 46
BPF_TCX_EGRESS = 47
FUNC_SKB_VLAN_PUSH = 18
FUNC_SKB_VLAN_POP = 19
ETH_P_8021Q = 0x8100

libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long


def insn(code, dst=0, src=0, off=0, imm=0):
    return struct.pack("<BBhi", code, (src << 4) | dst, off, imm)


MOV64_REG = 0xbf   # BPF_ALU64 | BPF_MOV | BPF_X
MOV64_IMM = 0xb7   # BPF_ALU64 | BPF_MOV | BPF_K
CALL = 0x85        # BPF_JMP | BPF_CALL
EXIT = 0x95        # BPF_JMP | BPF_EXIT


def bpf(cmd, attr):
    buf = ctypes.create_string_buffer(attr, 128)
    r = libc.syscall(SYS_BPF, cmd, buf, 128)
    if r < 0:
        e = ctypes.get_errno()
        raise OSError(e, "bpf(cmd=%d): %s" % (cmd, os.strerror(e)))
    return r


def prog_load(code, name):
    insns = ctypes.create_string_buffer(code, len(code))
    lic = ctypes.create_string_buffer(b"GPL")
    log = ctypes.create_string_buffer(65536)
    attr = struct.pack("<IIQQIIQII16s",
                       BPF_PROG_TYPE_SCHED_CLS, len(code) // 8,
                       ctypes.addressof(insns), ctypes.addressof(lic),
                       1, len(log), ctypes.addressof(log),
                       0, 0, name.encode()[:15])
    try:
        return bpf(BPF_PROG_LOAD, attr)
    except OSError:
        sys.stderr.write(log.value.decode("utf-8", "replace"))
        raise


def prog_attach(prog_fd, ifindex, attach_type):
    attr = struct.pack("<IIIIII", ifindex, prog_fd, attach_type, 0, 0, 0)
    bpf(BPF_PROG_ATTACH, attr)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    ifname, vid = sys.argv[1], int(sys.argv[2])
    ifindex = socket.if_nametoindex(ifname)
    push = b"".join([
        insn(MOV64_IMM, dst=2, imm=socket.htons(ETH_P_8021Q)),
        insn(MOV64_IMM, dst=3, imm=vid),
        insn(CALL, imm=FUNC_SKB_VLAN_PUSH),      # r1 = skb (ctx) already
        insn(MOV64_IMM, dst=0, imm=0),           # TC_ACT_OK / TCX_NEXT
        insn(EXIT),
    ])
    pop = b"".join([
        insn(CALL, imm=FUNC_SKB_VLAN_POP),
        insn(MOV64_IMM, dst=0, imm=0),
        insn(EXIT),
    ])
    pfd = prog_load(push, "olab_vlan_push")
    qfd = prog_load(pop, "olab_vlan_pop")
    prog_attach(pfd, ifindex, BPF_TCX_EGRESS)
    prog_attach(qfd, ifindex, BPF_TCX_INGRESS)
    print("vlanbpf: %s: egress push 802.1Q vid %d, ingress pop" % (ifname, vid))


if __name__ == "__main__":
    main()
