#!/usr/bin/env python3
"""Plain-socket client and server programs for the capture scenarios.

  tcpapp.py server SCENARIO ADDR PORT [--ready FILE]
  tcpapp.py client SCENARIO SADDR SPORT CADDR CPORT

The server writes FILE (if given) once it listens.  The client binds its
source address and port explicitly, so the 4-tuples are stable across runs.
Every payload byte is deterministic (random.Random seeded by a label), so
the in-order SHA-256 values are the same on every generation.
Every program arms an alarm (TIMEOUT seconds) and uses socket timeouts so
nothing can hang.  A one-line summary goes to stdout.
Python standard library only.
"""
import errno
import hashlib
import random
import signal
import socket
import struct
import sys
import time

TIMEOUT = 40
KiB = 1024
MiB = 1024 * 1024


def data(label, n):
    return random.Random("offloadlab/" + label).randbytes(n)


def log(role, scen, **kw):
    print("%s %s %s" % (role, scen, " ".join("%s=%s" % kv
                                             for kv in sorted(kw.items()))))
    sys.stdout.flush()


def recv_all(s, limit=64 * MiB):
    buf = bytearray()
    while len(buf) < limit:
        b = s.recv(65536)
        if not b:
            break
        buf += b
    return bytes(buf)


def recv_until(s, marker, limit=1 * MiB):
    buf = bytearray()
    while marker not in buf and len(buf) < limit:
        b = s.recv(65536)
        if not b:
            break
        buf += b
    return bytes(buf)


def recv_exact(s, n):
    buf = bytearray()
    while len(buf) < n:
        b = s.recv(min(65536, n - len(buf)))
        if not b:
            break
        buf += b
    return bytes(buf)


def sha(b):
    return hashlib.sha256(b).hexdigest()[:16]


def http_request(host, path, size=78):
    # always `size` (78) bytes: the User-Agent value absorbs the difference
    fmt = ("GET %s HTTP/1.0\r\nHost: %s\r\nUser-Agent: %s\r\n"
           "Accept: */*\r\n\r\n")
    fixed = len(fmt % (path, host, ""))
    ua = ("offloadlab" + "-" * size)[:max(1, size - fixed)]
    return (fmt % (path, host, ua)).encode()


def http_response(label, n):
    body = data(label, n)
    head = ("HTTP/1.0 200 OK\r\nServer: offloadlab\r\n"
            "Content-Type: application/octet-stream\r\n"
            "Content-Length: %d\r\n\r\n" % n).encode()
    return head + body


# ---------------------------------------------------------------- servers

def serve_one(ls, scen):
    conn, peer = ls.accept()
    conn.settimeout(TIMEOUT / 2)
    got = b""
    sent = 0
    err = None
    try:
        if scen == "simple_http":
            got = recv_until(conn, b"\r\n\r\n")
            resp = http_response("simple_http", 4000)
            conn.sendall(resp)
            sent = len(resp)
        elif scen == "many_short_200":
            got = recv_until(conn, b"\r\n\r\n")
            resp = http_response("many/%d" % peer[1], 1024)
            conn.sendall(resp)
            sent = len(resp)
        elif scen in ("bulk_1mb", "offload_artifacts"):
            got = recv_all(conn)
            rep = data(scen + "/reply", 64 if scen == "bulk_1mb" else 16 * KiB)
            conn.sendall(rep)
            sent = len(rep)
        elif scen in ("impaired", "snaplen96"):
            got = recv_all(conn)
            rep = data(scen + "/down", 256 * KiB if scen == "impaired"
                       else 64 * KiB)
            conn.sendall(rep)
            sent = len(rep)
        elif scen == "rst_midstream":
            # stream up to 256 KiB (more than the client reads before it
            # aborts), then wait for the client's RST
            try:
                for i in range(16):
                    conn.sendall(data("rst/%d" % i, 16 * KiB))
                    sent += 16 * KiB
                got = conn.recv(1)
                err = "EOF" if not got else "data"
            except (ConnectionResetError, BrokenPipeError) as e:
                err = errno.errorcode.get(e.errno, str(e.errno))
            except socket.timeout:
                err = "timeout"
        elif scen == "half_close":
            got = recv_all(conn)
            for i in range(8):
                conn.sendall(data("half_close/%d" % i, 32 * KiB))
                sent += 32 * KiB
                time.sleep(0.04)
        elif scen == "zero_window":
            time.sleep(2.0)                    # do not read: window closes
            buf = bytearray()
            for _ in range(25):                # then read slowly
                buf += conn.recv(1024)
                time.sleep(0.02)
            buf += recv_all(conn)              # then drain
            got = bytes(buf)
            rep = b"OK %8d\n" % len(got)       # 12 bytes
            conn.sendall(rep)
            sent = len(rep)
        elif scen == "urgent_oob":
            got = recv_all(conn)
            rep = b"OK %11d\n" % len(got)      # 15 bytes
            conn.sendall(rep)
            sent = len(rep)
        elif scen == "keepalive":
            got = recv_exact(conn, 9)
            conn.sendall(b"pong-ka!\n")
            sent = 9
            got += recv_all(conn)
        elif scen in ("ipv6", "vlan", "rawip"):
            got = recv_exact(conn, 4 * KiB)
            rep = data(scen + "/down", 256 * KiB if scen == "ipv6"
                       else 64 * KiB)
            conn.sendall(rep)
            sent = len(rep)
        else:
            raise SystemExit("unknown scenario " + scen)
    except (ConnectionResetError, BrokenPipeError) as e:
        err = errno.errorcode.get(e.errno, str(e.errno))
    finally:
        try:
            conn.close()
        except OSError:
            pass
    return dict(peer="%s:%d" % peer[:2], recv=len(got), recv_sha=sha(got),
                sent=sent, err=err)


def server(scen, addr, port, ready):
    fam = socket.AF_INET6 if ":" in addr else socket.AF_INET
    ls = socket.socket(fam, socket.SOCK_STREAM)
    ls.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if scen == "zero_window":
        ls.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    if scen == "urgent_oob":
        ls.setsockopt(socket.SOL_SOCKET, socket.SO_OOBINLINE, 1)
    ls.bind((addr, port))
    ls.listen(16)
    ls.settimeout(TIMEOUT / 2)
    if ready:
        with open(ready, "w") as f:
            f.write("listening\n")
    if scen == "many_short_200":
        res = [serve_one(ls, scen) for _ in range(200)]
        log("server", scen, connections=len(res),
            recv=sum(r["recv"] for r in res), sent=sum(r["sent"] for r in res),
            errors=sum(1 for r in res if r["err"]))
    else:
        log("server", scen, **serve_one(ls, scen))
    ls.close()


# ---------------------------------------------------------------- clients

def connect(saddr, sport, caddr, cport, opts=()):
    fam = socket.AF_INET6 if ":" in saddr else socket.AF_INET
    s = socket.socket(fam, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    for lvl, opt, val in opts:
        s.setsockopt(lvl, opt, val)
    s.settimeout(TIMEOUT / 2)
    s.bind((caddr, cport))
    s.connect((saddr, sport))
    return s


def client(scen, saddr, sport, caddr, cport):
    sent = 0
    got = b""
    err = None
    if scen == "conn_refused":
        res = []
        for i in range(3):
            try:
                s = connect(saddr, sport, caddr, cport + i)
                s.close()
                res.append("connected")
            except ConnectionRefusedError:
                res.append("ECONNREFUSED")
            time.sleep(0.05)
        log("client", scen, results=",".join(res))
        return
    if scen == "many_short_200":
        total = 0
        for i in range(200):
            s = connect(saddr, sport, caddr, cport + i)
            s.sendall(http_request(saddr, "/i/%03d" % i))
            total += len(recv_all(s))
            s.close()
        log("client", scen, connections=200, recv=total)
        return
    opts = []
    if scen == "keepalive":
        opts = [(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1),
                (socket.IPPROTO_TCP, socket.TCP_KEEPIDLE, 1),
                (socket.IPPROTO_TCP, socket.TCP_KEEPINTVL, 1),
                (socket.IPPROTO_TCP, socket.TCP_KEEPCNT, 5)]
    if scen == "urgent_oob":
        opts = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
    s = connect(saddr, sport, caddr, cport, opts)
    try:
        if scen == "simple_http":
            req = http_request(saddr, "/item/0")
            s.sendall(req)
            sent = len(req)
            got = recv_all(s)
        elif scen in ("bulk_1mb", "offload_artifacts", "impaired",
                      "snaplen96"):
            up = data(scen + "/up", 512 * KiB if scen == "offload_artifacts"
                      else 1 * MiB)
            s.sendall(up)
            sent = len(up)
            s.shutdown(socket.SHUT_WR)
            got = recv_all(s)
        elif scen == "rst_midstream":
            buf = bytearray()
            while len(buf) < 64 * KiB:
                b = s.recv(64 * KiB - len(buf))
                if not b:
                    break
                buf += b
            got = bytes(buf)
            time.sleep(0.1)                     # stop reading; data piles up
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                         struct.pack("ii", 1, 0))
            s.close()                           # abortive close -> RST
            log("client", scen, recv=len(got), sent=0, abort="SO_LINGER{1,0}")
            return
        elif scen == "half_close":
            up = data("half_close/up", 2 * KiB)
            s.sendall(up)
            sent = len(up)
            s.shutdown(socket.SHUT_WR)
            got = recv_all(s)
        elif scen == "zero_window":
            up = data("zero_window/up", 192 * KiB)
            s.sendall(up)
            sent = len(up)
            s.shutdown(socket.SHUT_WR)
            got = recv_all(s)
        elif scen == "urgent_oob":
            for i, part in enumerate([data("oob/0", 1400), b"!",
                                      data("oob/1", 1400), b"#",
                                      data("oob/2", 1400)]):
                if len(part) == 1:
                    s.send(part, socket.MSG_OOB)
                else:
                    s.sendall(part)
                sent += len(part)
                time.sleep(0.03)
            s.shutdown(socket.SHUT_WR)
            got = recv_all(s)
        elif scen == "keepalive":
            s.sendall(b"ping-ka!\n")
            sent = 9
            got = recv_exact(s, 9)
            time.sleep(3.5)                     # idle: keep-alive probes
            s.shutdown(socket.SHUT_WR)
            got += recv_all(s)
        elif scen in ("ipv6", "vlan", "rawip"):
            up = data(scen + "/up", 4 * KiB)
            s.sendall(up)
            sent = len(up)
            got = recv_all(s)
        else:
            raise SystemExit("unknown scenario " + scen)
    except (ConnectionResetError, BrokenPipeError) as e:
        err = errno.errorcode.get(e.errno, str(e.errno))
    s.close()
    log("client", scen, sent=sent, recv=len(got), recv_sha=sha(got), err=err)


def main():
    signal.alarm(TIMEOUT)
    if len(sys.argv) >= 5 and sys.argv[1] == "server":
        ready = None
        if len(sys.argv) == 7 and sys.argv[5] == "--ready":
            ready = sys.argv[6]
        server(sys.argv[2], sys.argv[3], int(sys.argv[4]), ready)
    elif len(sys.argv) == 7 and sys.argv[1] == "client":
        client(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5],
               int(sys.argv[6]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
