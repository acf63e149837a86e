#!/usr/bin/env python3
"""A local Dask cluster (2 workers on 127.0.0.1) extracts 4 shards; their merge must equal one
single-process run. Exit 77 (ctest: skipped) when python3-distributed is not installed."""
import json
import os
import subprocess
import sys
import tempfile

root, binary = sys.argv[1], sys.argv[2]
try:
    import distributed  # noqa: F401
except ImportError:
    print("SKIPPED: python3-distributed is not installed (apt-get install python3-distributed)")
    sys.exit(77)

corpus = os.path.join(root, "tests", "data", "corpus.jsonl")
with tempfile.TemporaryDirectory() as tmp:
    single, merged = os.path.join(tmp, "single.json"), os.path.join(tmp, "merged.json")
    subprocess.run([binary, "extract", corpus, "--quiet", "-o", single], check=True)
    subprocess.run([sys.executable, os.path.join(root, "examples", "dask_extract.py"), corpus, "-o", merged,
                    "--shards", "4", "--workers", "2", "--binary", binary, "--workdir", tmp], check=True)
    a, b = json.load(open(single)), json.load(open(merged))
    for g in (a, b):  # sources name the shard files; ids do not
        for d in g["graph"]["documents"]:
            d.pop("source", None)
    assert len(a["graph"]["documents"]) == 8, a["graph"]["documents"]
    assert a["nodes"] and a["mentions"], "the corpus gave an empty graph"
    for key in ("graph", "nodes", "edges", "mentions"):
        assert a[key] == b[key], f"{key} differ between the single run and the Dask merge"
    print(f"PASS: 4 shards on 2 Dask workers merge to the single-process graph "
          f"({len(a['nodes'])} nodes, {len(a['edges'])} edges, {len(a['mentions'])} mentions)")
