#!/usr/bin/env python3
"""What the digest splitter costs in the default pipeline.

Builds a few MB of invented digests (the test fixtures concatenated into archives, or generated
digests of the reference shape with long bodies), then times `enrich` (release build) with:
  default     pipelines/default.yaml
  no-digest   the same without the digest stage
  digest      the digest stage alone
  empty       no stage at all (reading and writing only)
The splitter's share is (digest - empty) / default; the target is under 5%.

usage: scripts/bench-digest.py [MEGABYTES] [--jobs N] [--shape fixtures|long]   (builds release first)
"""
import argparse
import pathlib
import random
import subprocess
import sys
import tempfile
import time
import json
import resource

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "Tests" / "EnrichDigestTests" / "Fixtures"


WORDS = ("council board agency company officials residents court regulator union city state port bank school "
         "hospital airport market plan contract budget report vote rule data network service project program "
         "approved delayed announced rejected reviewed expanded reduced said warned confirmed").split()
NAMES = ["Harbor Authority", "Valley Courier", "Metro Business Journal", "Coastal Ledger", "Pinecrest Bank",
         "Northfield Airport", "Lakeside School Board", "Island Gazette"]


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 28))]
    words[rng.randrange(len(words))] = rng.choice(NAMES)
    text = " ".join(words)
    return text[0].upper() + text[1:] + rng.choice([".", ".", ".", f", {rng.choice(NAMES)} reports."])


def headline(rng):
    return " ".join(w.capitalize() for w in (rng.choice(WORDS) for _ in range(rng.randint(4, 9))))


def long_digest(rng, number):
    """A digest in the reference shape with long bodies: title, teaser, articles, sources, byline."""
    headlines = [headline(rng) for _ in range(rng.randint(3, 6))]
    parts = [f"Morning Wire Digest ({rng.randint(1, 12)}/{rng.randint(1, 28)})",
             "; ".join(headlines) + ". Click \u201cContinue reading\u201d below."]
    for title in headlines:
        parts.append(title)
        parts += [" ".join(sentence(rng) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(3, 8))]
        parts.append(rng.choice(["Source (all external links):", "Source :"]))
    parts.append("\u2014 By Wire Desk Staff")
    return "\n\n".join(parts)


def make_input(path, megabytes, shape):
    """`fixtures`: the test fixtures (every shape, short bodies: the worst case for the splitter);
    `long`: reference-shaped digests with bodies of several paragraphs, as real digests have."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    rng = random.Random(7)
    size = 0
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        while size < megabytes * 1_000_000:
            n += 1
            if shape == "long":
                text = long_digest(rng, n)
            else:
                text = "\n\n".join(rng.choice(texts) for _ in range(rng.randint(2, 6)))
            line = json.dumps({"id": n, "text": text}, ensure_ascii=False) + "\n"
            out.write(line)
            size += len(line.encode("utf-8"))
    return n, size


def run(binary, pipeline, data, jobs, repeats=5):
    """The least CPU time (user + system, seconds) of `repeats` runs: steadier than wall time
    on a shared machine."""
    best = None
    for _ in range(repeats):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        with open(data, "rb") as stdin:
            subprocess.run([str(binary), "--input", "jsonl", "--pipeline", str(pipeline), "--jobs", str(jobs)],
                           stdin=stdin, stdout=subprocess.DEVNULL, check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        seconds = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = seconds if best is None else min(best, seconds)
    return best


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("megabytes", type=float, nargs="?", default=4)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--shape", choices=["fixtures", "long"], default="fixtures")
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    binary = ROOT / ".build" / "release" / "enrich"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        data = tmp / "digests.jsonl"
        documents, size = make_input(data, args.megabytes, args.shape)
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
        print(f"input ({args.shape}): {documents} documents, {size / 1e6:.1f} MB, --jobs {args.jobs}; CPU seconds, best of 5")
        for name, seconds in times.items():
            print(f"  {name:10s} {seconds:7.3f} s  {size / 1e6 / seconds:7.1f} MB/s")
        stage = times["digest"] - times["empty"]
        share = stage / times["default"]
        print(f"digest stage alone: {stage:.3f} s ({size / 1e6 / stage:.0f} MB/s)")
        print(f"default minus no-digest: {times['default'] - times['no-digest']:.3f} s")
        print(f"digest stage share of the default pipeline: {100 * share:.1f}% (target < 5%)")
        return 0 if share < 0.05 else 1


if __name__ == "__main__":
    sys.exit(main())
