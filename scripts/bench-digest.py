#!/usr/bin/env python3
"""What the digest splitter costs in the default pipeline.

Builds a few MB of invented digests (the test fixtures, concatenated into archives, with their
numbers varied), then times `enrich` (release build) with:
  default     pipelines/default.yaml
  no-digest   the same without the digest stage
  digest      the digest stage alone
  empty       no stage at all (reading and writing only)
The splitter's share is (digest - empty) / default; the target is under 5%.

usage: scripts/bench-digest.py [MEGABYTES] [--jobs N]   (run from the repository; builds release first)
"""
import argparse
import pathlib
import random
import subprocess
import sys
import tempfile
import time
import json

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "Tests" / "EnrichDigestTests" / "Fixtures"


def make_input(path, megabytes):
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    rng = random.Random(7)
    size = 0
    with open(path, "w", encoding="utf-8") as out:
        n = 0
        while size < megabytes * 1_000_000:
            n += 1
            parts = [rng.choice(texts) for _ in range(rng.randint(2, 6))]
            text = "\n\n".join(parts).replace("3/4", f"{rng.randint(1, 12)}/{rng.randint(1, 28)}")
            line = json.dumps({"id": n, "text": text}, ensure_ascii=False) + "\n"
            out.write(line)
            size += len(line.encode("utf-8"))
    return n, size


def run(binary, pipeline, data, jobs, repeats=3):
    best = None
    for _ in range(repeats):
        start = time.perf_counter()
        with open(data, "rb") as stdin:
            subprocess.run([str(binary), "--input", "jsonl", "--pipeline", str(pipeline), "--jobs", str(jobs)],
                           stdin=stdin, stdout=subprocess.DEVNULL, check=True)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("megabytes", type=float, nargs="?", default=4)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    binary = ROOT / ".build" / "release" / "enrich"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        data = tmp / "digests.jsonl"
        documents, size = make_input(data, args.megabytes)
        default = ROOT / "pipelines" / "default.yaml"
        stages = [l for l in default.read_text().splitlines() if l.strip().startswith("- ")]
        pipelines = {
            "default": default,
            "no-digest": "stages:\n" + "\n".join(l for l in stages if l.strip() != "- digest") + "\n",
            "digest": "stages:\n  - digest\n",
            "empty": "stages: []\n",
        }
        times = {}
        for name, pipeline in pipelines.items():
            if isinstance(pipeline, str):
                path = tmp / f"{name}.yaml"
                path.write_text(pipeline)
                pipeline = path
            times[name] = run(binary, pipeline, data, args.jobs)
        print(f"input: {documents} documents, {size / 1e6:.1f} MB, --jobs {args.jobs}")
        for name, seconds in times.items():
            print(f"  {name:10s} {seconds:7.3f} s  {size / 1e6 / seconds:7.1f} MB/s")
        share = (times["digest"] - times["empty"]) / times["default"]
        print(f"digest stage share of the default pipeline: {100 * share:.1f}% (target < 5%)")
        return 0 if share < 0.05 else 1


if __name__ == "__main__":
    sys.exit(main())
