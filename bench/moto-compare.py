#!/usr/bin/env python3
"""LambdaDesk's local endpoint against moto_server, through the same boto3 Lambda client, in one run.

Starts three servers on 127.0.0.1:
  * LambdaDesk: java -jar target/lambdadesk.jar local-endpoint --port 0 --data-dir TMP --pending-ms 0
  * moto:       moto_server -H 127.0.0.1 -p PORT (the execution role is created through moto's IAM first)
  * baseline:   a do-nothing HTTP server answering canned CreateFunction / GetFunction / ListFunctions bodies,
                so that "server time" = time against a server - time against the baseline (the client's own cost)
then drives each with N CreateFunction calls, N GetFunction calls and full ListFunctions listings (paginated).
Calls go round-robin in blocks across the three servers, so a busy shared machine disturbs all of them alike.

Warm-up: the JVM compiles hot code in its first seconds of work, and on a 2-core machine its compiler threads take
the core the client needs; measured before that (e.g. after 30 listings instead of 100), a listing looks 5-10x
slower than in steady state. The warm-up calls go to another region and are not measured.

Targets: LambdaDesk adds at most a fifth of the time moto adds per create and per get call (medians), and lists
everything at least 3x faster than moto. Exit code 0 when every target is met, 1 when one is missed.

Cold: --cold measures right after start instead (no warm-up; 200 creates, 1,000 gets, 10 full listings), the way
a person's test suite or script meets the endpoint; there the targets are "no operation costs more than moto's".
--variant NAME="JVM OPTIONS" adds the same jar started with other JVM options (e.g. without its AOT cache).

Usage: python3 bench/moto-compare.py [--cold] [--functions 1000] [--gets N] [--block 50] [--jar target/lambdadesk.jar]
       [--java-opts="-XX:AOTCache=target/lambdadesk-endpoint.aot"] [--variant plain=]
The JVM is $JAVA_HOME/bin/java (or java on PATH); it must be 21 or newer.
"""

import argparse
import configparser
import http.server
import io
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from urllib.parse import parse_qs, unquote, urlparse

import boto3
from botocore.config import Config

REGION = "us-east-1"
WARMUP_REGION = "us-west-2"
LISTENING = "LambdaDesk local endpoint listening on http://127.0.0.1:"
PAGE = 50
TRUST = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {
    "Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]})


def configuration(name):
    """A FunctionConfiguration as Lambda returns it (the canned server's answer)."""
    return {
        "FunctionName": name, "FunctionArn": "arn:aws:lambda:us-east-1:000000000000:function:" + name,
        "Runtime": "python3.13", "Role": "arn:aws:iam::000000000000:role/lambda-basic-execution",
        "Handler": "app.handler", "CodeSize": 180, "Description": "", "Timeout": 3, "MemorySize": 128,
        "LastModified": "2025-01-01T00:00:00.000+0000", "CodeSha256": "jaHKTNTGYokWjARJzbOwX0glK8rNefkTiJXXwzGr6Zk=",
        "Version": "$LATEST", "TracingConfig": {"Mode": "PassThrough"},
        "RevisionId": "6c3a8a7e-7ee4-4a0b-9f0d-1a5b7c9a0e11", "State": "Active", "LastUpdateStatus": "Successful",
        "PackageType": "Zip", "Architectures": ["x86_64"], "EphemeralStorage": {"Size": 512},
        "SnapStart": {"ApplyOn": "None", "OptimizationStatus": "Off"},
        "LoggingConfig": {"LogFormat": "Text", "LogGroup": "/aws/lambda/" + name}}


def listed(config):
    """A list item carries no state members, as ListFunctions answers."""
    return {k: v for k, v in config.items() if k not in ("State", "LastUpdateStatus")}


class CannedHandler(http.server.BaseHTTPRequestHandler):
    """Answers without looking: the least a server can do, so its time is the client's own cost."""
    protocol_version = "HTTP/1.1"
    pages = {}

    def log_message(self, *args):
        pass

    def setup(self):
        super().setup()
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def answer(self, status, body):
        self.send(status, json.dumps(body).encode())

    def send(self, status, data):
        head = "HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % (
            status, "Created" if status == 201 else "OK", len(data))
        self.wfile.write(head.encode() + data)  # one write: headers and body in one segment

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.answer(201, configuration(self.name()))

    def do_GET(self):
        url = urlparse(self.path)
        if url.path.rstrip("/") == "/2015-03-31/functions":
            self.send(200, CannedHandler.pages[int(parse_qs(url.query).get("Marker", ["0"])[0])])
        else:
            self.answer(200, {"Configuration": configuration(self.name()), "Code": {
                "RepositoryType": "S3", "Location": "http://127.0.0.1/code.zip"}})

    def name(self):
        return unquote(urlparse(self.path).path.rstrip("/").rsplit("/", 1)[-1])


def serve_canned(port, total, size):
    """Serves the pages of a listing of {total} functions, {size} a page, rendered before the first request."""
    for start in range(0, total, size):
        end = min(start + size, total)
        page = {"Functions": [listed(configuration("fn-%05d" % i)) for i in range(start, end)]}
        if end < total:
            page["NextMarker"] = str(end)
        CannedHandler.pages[start] = json.dumps(page).encode()
    http.server.ThreadingHTTPServer(("127.0.0.1", port), CannedHandler).serve_forever()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("nothing listens on port %d" % port)


def code_zip(name):
    """A package of its own for each function, as each function has its own code."""
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as z:
        z.writestr("app.py", "def handler(event, context):\n    return %r\n" % name)
    return data.getvalue()


def cpu_seconds(pid):
    """User + system CPU time of a process so far, its finished threads included."""
    with open("/proc/%d/stat" % pid) as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Target:
    def __init__(self, name, url, key, secret, role, pid=None):
        self.name, self.role, self.pid = name, role, pid
        self.cpu = {"create": 0.0, "get": 0.0, "list": 0.0}
        self.clients = {region: boto3.session.Session().client(
            "lambda", endpoint_url=url, region_name=region, aws_access_key_id=key, aws_secret_access_key=secret,
            config=Config(retries={"max_attempts": 1, "mode": "standard"})) for region in (REGION, WARMUP_REGION)}
        self.times = {"create": [], "get": [], "list": []}
        self.errors = 0
        self.listed = 0

    def run(self, kind, call, region=REGION, record=True):
        """Runs one call; a failing call is counted (and the first ones shown), never timed as a fast one."""
        t0 = time.perf_counter()
        try:
            call(self.clients[region])
        except Exception as e:
            self.errors += 1
            if self.errors <= 3:
                print("  %s %s failed: %s" % (self.name, kind, e), file=sys.stderr)
            return
        if record:
            self.times[kind].append(time.perf_counter() - t0)


def create(role, name):
    zip_bytes = code_zip(name)
    return lambda client: client.create_function(FunctionName=name, Runtime="python3.13", Handler="app.handler",
                                                 Role=role, Code={"ZipFile": zip_bytes})


def get(name):
    return lambda client: client.get_function(FunctionName=name)


def list_all(target):
    def run(client):
        count = 0
        for page in client.get_paginator("list_functions").paginate():
            count += len(page["Functions"])
        target.listed = count
    return run


def round_robin(targets, names, kind, call_for, block, region=REGION, record=True, probe=None):
    """Each target in turn gets the next block of calls, so load from others on the machine hits all alike."""
    for start in range(0, len(names), block):
        for target in targets:
            before = cpu_seconds(target.pid) if record and target.pid else 0
            for name in names[start:start + block]:
                target.run(kind, call_for(target, name), region, record)
            if record and target.pid:
                target.cpu[kind] += cpu_seconds(target.pid) - before
        if probe:
            probe.measure()


class FsyncProbe:
    """What one fdatasync of a small append costs on the data directory's disk, sampled between blocks of creates:
    the floor under a durable create, and it moves with what others on the machine write."""

    def __init__(self, directory):
        self.path = os.path.join(directory, "fsync-probe")
        self.times = []

    def measure(self, count=10):
        fd = os.open(self.path, os.O_CREAT | os.O_WRONLY | os.O_APPEND)
        try:
            for _ in range(count):
                os.write(fd, b"x" * 1024)
                t0 = time.perf_counter()
                os.fdatasync(fd)
                self.times.append(time.perf_counter() - t0)
        finally:
            os.close(fd)


def ms(seconds):
    return seconds * 1000.0


def per_call_table(targets):
    print("\nPer call (ms)                   median    mean     p90   calls   server CPU")
    for kind in ("create", "get"):
        for t in targets:
            ordered = sorted(t.times[kind])
            print("  %-6s %-19s %8.2f %7.2f %7.2f %7d   %8.3f" % (
                kind, t.name, ms(statistics.median(ordered)), ms(statistics.fmean(ordered)),
                ms(ordered[int(len(ordered) * 0.9)]), len(ordered), ms(t.cpu[kind] / len(ordered))))


def report(base, one_page, desks, moto, functions, probe, cold=False):
    per_call_table([base] + desks + [moto])
    print("  fdatasync of a 1 KB append on the data directory's disk: median %.2f ms, p90 %.2f ms (%d samples)" % (
        ms(statistics.median(probe.times)), ms(sorted(probe.times)[int(len(probe.times) * 0.9)]),
        len(probe.times)))
    print("\nFull ListFunctions over %d functions, all pages (ms): best / median of %d" % (
        functions, len(moto.times["list"])))
    for t in [base, one_page] + desks + [moto]:
        print("  %-19s %8.1f / %8.1f  (%d listed; server CPU %.1f ms a listing)" % (
            t.name, ms(min(t.times["list"])), ms(statistics.median(t.times["list"])), t.listed,
            ms(t.cpu["list"] / len(t.times["list"]))))
    ok = True
    print("\nServer time = median time against the server - median time against the baseline:")
    for desk in desks:
        judged = desk is desks[0]
        for kind in ("create", "get"):
            b = statistics.median(base.times[kind])
            d = statistics.median(desk.times[kind]) - b
            m = statistics.median(moto.times[kind]) - b
            limit = 1.0 if cold else 0.2
            met = d <= m * limit
            ok &= met or not judged
            print("  %-6s %s adds %6.2f ms, moto adds %6.2f ms: ratio %.2f (target <= %.2f) %s" % (
                kind, desk.name, ms(d), ms(m), d / m if m > 0 else float("inf"), limit, verdict(met, judged)))
        # Each server against the baseline that pages as it does: LambdaDesk 50 a page as AWS, moto all at once.
        d_list = statistics.median(desk.times["list"]) - statistics.median(base.times["list"])
        m_list = statistics.median(moto.times["list"]) - statistics.median(one_page.times["list"])
        factor = 1 if cold else 3
        met = m_list >= factor * d_list
        ok &= met or not judged
        print("  list   %s adds %6.1f ms (%d pages), moto adds %6.1f ms (1 page): %.1fx less (target >= %dx) %s"
              % (desk.name, ms(d_list), -(-functions // PAGE), ms(m_list),
                 m_list / d_list if d_list > 0 else float("inf"), factor, verdict(met, judged)))
        cpu_d = desk.cpu["list"] / len(desk.times["list"])
        cpu_m = moto.cpu["list"] / len(moto.times["list"])
        met = cpu_d <= cpu_m / factor
        ok &= met or not judged
        print("  list   %s server CPU %6.1f ms, moto %6.1f ms a listing: %.2f of moto's (target <= %.2f) %s"
              % (desk.name, ms(cpu_d), ms(cpu_m), cpu_d / cpu_m if cpu_m > 0 else float("inf"), 1 / factor,
                 verdict(met, judged)))
    errors = {t.name: t.errors for t in [base, one_page] + desks + [moto]}
    print("  errors: %s" % errors)
    return ok and not any(errors.values())


def verdict(met, judged):
    return ("met" if met else "MISSED") if judged else "(for comparison)"


def start_lambdadesk(jar, data_dir, log, java_opts=""):
    java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
    process = subprocess.Popen([java] + java_opts.split() + ["-jar", jar, "local-endpoint", "--port", "0", "--data-dir", data_dir,
                                "--pending-ms", "0"], stdout=subprocess.PIPE, stderr=log, text=True)
    first = process.stdout.readline().strip()
    if not first.startswith(LISTENING):
        log.flush()
        with open(log.name) as errors:
            raise RuntimeError("LambdaDesk (%s) did not start: %r\n%s" % (java, first, errors.read()[-2000:]))
    threading.Thread(target=lambda: [None for _ in process.stdout], daemon=True).start()  # never let the pipe fill
    profile = configparser.ConfigParser()
    profile.read(os.path.join(data_dir, "credentials"))
    section = profile[profile.sections()[0]]
    return process, int(first[len(LISTENING):]), section["aws_access_key_id"], section["aws_secret_access_key"]


def canned_server(args, page):
    port = free_port()
    process = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--canned-server", str(port),
                                "--canned-page", str(page), "--functions", str(args.functions)])
    return process, port


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--functions", type=int, default=1000, help="functions created, got and listed")
    parser.add_argument("--warmup-creates", type=int, default=3000, help="unmeasured creates first (JIT warm-up)")
    parser.add_argument("--warmup-gets", type=int, default=5000, help="unmeasured gets first (JIT warm-up)")
    parser.add_argument("--warmup-lists", type=int, default=100, help="unmeasured full listings first (JIT warm-up)")
    parser.add_argument("--block", type=int, default=50, help="calls to one server before the next one's turn")
    parser.add_argument("--lists", type=int, default=30, help="full listings per server")
    parser.add_argument("--gets", type=int, help="GetFunction calls measured (default: --functions)")
    parser.add_argument("--cold", action="store_true",
                        help="measure from the first request: no warm-up, 200 creates, 1,000 gets, 10 listings")
    parser.add_argument("--jar", default="target/lambdadesk.jar")
    parser.add_argument("--java-opts", default="", help="JVM options for LambdaDesk (e.g. its AOT cache)")
    parser.add_argument("--variant", action="append", default=[], metavar="NAME=OPTS",
                        help="the same jar with other JVM options, measured in the same run")
    parser.add_argument("--compare-jar", action="append", default=[], metavar="NAME=JAR",
                        help="another LambdaDesk build to measure in the same run (e.g. before=/tmp/old.jar)")
    parser.add_argument("--canned-server", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--canned-page", type=int, default=PAGE, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.cold:
        args.warmup_creates = args.warmup_gets = args.warmup_lists = 0
        args.functions, args.gets, args.lists = 200, args.gets or 1000, 10
    if args.canned_server:
        serve_canned(args.canned_server, args.functions, args.canned_page)
        return 0

    work = tempfile.mkdtemp(prefix="moto-compare-")
    processes = []
    try:
        with open(os.path.join(work, "lambdadesk.log"), "w") as desk_log, \
                open(os.path.join(work, "moto.log"), "w") as moto_log:
            desk_role = "arn:aws:iam::000000000000:role/lambda-basic-execution"
            desks = []
            runs = [("LambdaDesk", args.jar, args.java_opts)] + [
                tuple(spec.split("=", 1)) + ("",) for spec in args.compare_jar] + [
                (spec.split("=", 1)[0], args.jar, spec.split("=", 1)[1]) for spec in args.variant]
            for index, (name, jar, opts) in enumerate(runs):
                label = name if index == 0 else "LambdaDesk " + name
                process, port, key, secret = start_lambdadesk(jar, os.path.join(work, "data-%d" % index), desk_log,
                                                              opts)
                processes.append(process)
                desks.append(Target(label, "http://127.0.0.1:%d" % port, key, secret, desk_role, process.pid))
            moto_port = free_port()
            moto_process = subprocess.Popen(["moto_server", "-H", "127.0.0.1", "-p", str(moto_port)],
                                            stdout=moto_log, stderr=subprocess.STDOUT)
            processes.append(moto_process)
            base_process, base_port = canned_server(args, PAGE)
            one_process, one_port = canned_server(args, args.functions)
            processes += [base_process, one_process]
            for port in (moto_port, base_port, one_port):
                wait_for_port(port)
            moto_iam = boto3.session.Session().client("iam", endpoint_url="http://127.0.0.1:%d" % moto_port,
                                                      region_name=REGION, aws_access_key_id="moto",
                                                      aws_secret_access_key="moto")
            moto_role = moto_iam.create_role(RoleName="lambda-basic-execution",
                                             AssumeRolePolicyDocument=TRUST)["Role"]["Arn"]
            base = Target("baseline", "http://127.0.0.1:%d" % base_port, "canned", "canned", desk_role,
                          base_process.pid)
            one_page = Target("baseline (1 page)", "http://127.0.0.1:%d" % one_port, "canned", "canned", desk_role,
                              one_process.pid)
            moto = Target("moto", "http://127.0.0.1:%d" % moto_port, "moto", "moto", moto_role, moto_process.pid)
            targets = [base] + desks + [moto]
            probe = FsyncProbe(work)
            print("moto-compare: %d functions; warm-up %d creates, %d gets, %d listings in %s; blocks of %d; %d CPUs, "
                  "load %.2f" % (args.functions, args.warmup_creates, args.warmup_gets, args.warmup_lists,
                                 WARMUP_REGION, args.block, os.cpu_count(), os.getloadavg()[0]))

            warm = ["warm-%05d" % i for i in range(args.warmup_creates)]
            round_robin(targets, warm, "create", lambda t, n: create(t.role, n), args.block, WARMUP_REGION, False)
            gets = [warm[i % len(warm)] for i in range(args.warmup_gets)] if warm else []
            round_robin(targets, gets, "get", lambda t, n: get(n), args.block, WARMUP_REGION, False)
            for _ in range(args.warmup_lists):
                for target in targets:
                    target.run("list", list_all(target), WARMUP_REGION, record=False)

            names = ["fn-%05d" % i for i in range(args.functions)]
            round_robin(targets, names, "create", lambda t, n: create(t.role, n), args.block, probe=probe)
            gets = [names[i % len(names)] for i in range(args.gets or args.functions)]
            round_robin(targets, gets, "get", lambda t, n: get(n), args.block)
            for _ in range(args.lists):
                for target in [base, one_page] + desks + [moto]:
                    before = cpu_seconds(target.pid)
                    target.run("list", list_all(target))
                    target.cpu["list"] += cpu_seconds(target.pid) - before
            print("load at the end: %.2f" % os.getloadavg()[0])
            return 0 if report(base, one_page, desks, moto, args.functions, probe, args.cold) else 1
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
