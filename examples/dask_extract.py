#!/usr/bin/env python3
"""Run actorgraph over a corpus on a Dask cluster, then merge the shards.

usage: dask_extract.py INPUT.jsonl -o OUT.json [--shards N] [--scheduler ADDR | --workers N]
                       [--binary build/actorgraph] [--workdir DIR]

Splits INPUT (one {"id","text","date"?} document a line) into N shards, runs
`actorgraph extract SHARD --format jsonl -o SHARD.graphs.jsonl` for each shard as a Dask task,
and merges the per-document graphs with `actorgraph merge`. Because merge is associative and
document ids come from the input, the result equals one single-process run over the whole input.
Without --scheduler it starts a local cluster on 127.0.0.1 with --workers workers.
Needs Debian's python3-distributed (run it with /usr/bin/python3).
"""
import argparse
import os
import subprocess
import sys
import tempfile


def extract_shard(binary, shard, out):
    p = subprocess.run([binary, "extract", shard, "--format", "jsonl", "--quiet", "--jobs", "1", "-o", out],
                       capture_output=True, text=True)
    if p.returncode not in (0, 4):
        raise RuntimeError(f"extract {shard} failed ({p.returncode}): {p.stderr}")
    return out


def split(path, n, workdir):
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f if l.strip()]
    size = max(1, -(-len(lines) // n))
    shards = []
    for i in range(0, len(lines), size):
        shard = os.path.join(workdir, f"shard{len(shards):04d}.jsonl")
        with open(shard, "w", encoding="utf-8") as f:
            f.writelines(lines[i:i + size])
        shards.append(shard)
    return shards


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input")
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--shards", type=int, default=4)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--scheduler")
    ap.add_argument("--binary", default="build/actorgraph")
    ap.add_argument("--workdir")
    a = ap.parse_args()
    from dask.distributed import Client, LocalCluster

    binary = os.path.abspath(a.binary)
    with tempfile.TemporaryDirectory(dir=a.workdir) as work:
        shards = split(a.input, a.shards, work)
        if a.scheduler:
            client, cluster = Client(a.scheduler), None
        else:
            cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, host="127.0.0.1",
                                   dashboard_address=None, processes=True)
            client = Client(cluster)
        try:
            futures = [client.submit(extract_shard, binary, s, s + ".graphs.jsonl", pure=False) for s in shards]
            outs = client.gather(futures)
        finally:
            client.close()
            if cluster:
                cluster.close()
        p = subprocess.run([binary, "merge", *outs, "-o", a.output], capture_output=True, text=True)
        sys.stderr.write(p.stderr)
        return p.returncode


if __name__ == "__main__":
    sys.exit(main())
