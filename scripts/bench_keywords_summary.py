#!/usr/bin/env python3
"""Speed benchmark: what the keywords and summary stages cost inside the default pipeline.

Makes a few MB of invented news articles (deterministic templates, no external data), runs a
release build of `enrich` over them with the default pipeline and with the same pipeline
without `keywords` and `summary`, and prints both CPU times and the two stages' share. Target: the
share stays under 25 %.

    swift build -c release
    python3 scripts/bench_keywords_summary.py [--megabytes 4] [--runs 3] [--binary .build/release/enrich]
"""
import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET_SHARE = 0.25

PEOPLE = ["Maria Okafor", "Tomas Lindqvist", "Priya Raman", "Daniel Achterberg", "Lena Varga",
          "Kwame Mensah", "Sofia Castellano", "Ibrahim Haddad", "Chen Wei", "Olga Petrenko"]
GROUPS = ["the Harborview Port Authority", "Quorvane Systems", "the Dunmere Water Board",
          "Veltria Freight", "the Northern Grid Company", "Kellmoor City Council",
          "the Federal Trade Office", "Brantwell University", "Solace Health", "Ardent Motors"]
PLACES = ["Harborview", "Dunmere", "Kellmoor", "Brantwell", "Tollbridge", "Marrow Valley",
          "the capital", "the northern provinces", "the coastal towns", "the river delta"]
TOPICS = ["ransomware attack", "pay dispute", "water shortage", "bridge closure", "bond sale",
          "data breach", "vaccine trial", "wheat harvest", "rail strike", "tariff increase",
          "software update", "power outage", "housing plan", "court ruling", "merger talks"]
VERBS = ["announced", "confirmed", "denied", "criticized", "welcomed", "investigated", "delayed",
         "approved", "rejected", "disclosed"]
OUTLETS = ["The Associated Press reports", "Reuters reports", "the company told reporters",
           "officials said", "according to a statement", "analysts said"]
TEMPLATES = [
    "{person} of {group} {verb} the {topic} in {place} on {day}, {outlet}.",
    "The {topic} affected {number} residents of {place}, {outlet}.",
    "\"We are working around the clock on the {topic},\" {person} said.",
    "{group} {verb} plans to spend {number} million dollars after the {topic}.",
    "Critics say the {topic} in {place} shows how fragile local services have become.",
    "A spokesman for {group} declined to comment on the {topic}.",
    "Earlier this year {group} {verb} a similar {topic} near {place}.",
    "{person} told {outlet2} that the {topic} would take weeks to resolve.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def article(rng: random.Random) -> str:
    topic = rng.choice(TOPICS)
    lines = [f"{rng.choice(GROUPS).capitalize()} faces questions over {topic}", ""]
    for _ in range(rng.randint(8, 30)):
        lines.append(rng.choice(TEMPLATES).format(
            person=rng.choice(PEOPLE), group=rng.choice(GROUPS), verb=rng.choice(VERBS),
            topic=topic if rng.random() < 0.6 else rng.choice(TOPICS), place=rng.choice(PLACES),
            day=rng.choice(DAYS), outlet=rng.choice(OUTLETS), outlet2="The Associated Press",
            number=rng.randint(2, 900)))
    return lines[0] + "\n\n" + " ".join(lines[2:])


def make_input(path: str, megabytes: float) -> int:
    rng = random.Random(7)
    written = 0
    count = 0
    with open(path, "w", encoding="utf-8") as out:
        while written < megabytes * 1_000_000:
            line = json.dumps({"id": count, "text": article(rng)}) + "\n"
            out.write(line)
            written += len(line.encode())
            count += 1
    return count


def timed(binary: str, pipeline: str, data: str, runs: int) -> float:
    """The least CPU time (user + system) of `runs` runs: steadier than wall time on a shared machine."""
    best = float("inf")
    for _ in range(runs):
        with open(data, "rb") as stdin:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run([binary, "--pipeline", pipeline, "--input", "jsonl", "--split", "none"],
                           stdin=stdin, stdout=subprocess.DEVNULL, check=True)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            best = min(best, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=4)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/enrich"))
    args = parser.parse_args()
    with open(os.path.join(ROOT, "pipelines/default.yaml"), encoding="utf-8") as f:
        default = f.read()
    without = "\n".join(line for line in default.splitlines()
                        if line.strip() not in ("- keywords", "- summary")) + "\n"
    with tempfile.TemporaryDirectory() as folder:
        data = os.path.join(folder, "news.jsonl")
        articles = make_input(data, args.megabytes)
        base_pipeline = os.path.join(folder, "without.yaml")
        with open(base_pipeline, "w", encoding="utf-8") as f:
            f.write(without)
        full = timed(args.binary, os.path.join(ROOT, "pipelines/default.yaml"), data, args.runs)
        base = timed(args.binary, base_pipeline, data, args.runs)
    share = (full - base) / full
    print(f"{articles} articles, {args.megabytes:g} MB, CPU time: default pipeline {full:.2f} s, "
          f"without keywords+summary {base:.2f} s; keywords+summary {share:.1%} of the default pipeline "
          f"(target < {TARGET_SHARE:.0%})")
    sys.exit(0 if share < TARGET_SHARE else 1)


if __name__ == "__main__":
    main()
