#!/usr/bin/env python3
"""Speed of the `sentences` stage beside raw ICU and pySBD, side by side in one run.

usage: python3 bench/sentences.py [--mb 20] [--runs 3] [--enrich .build/release/enrich]
                                  [--icu-source PATH/icu_sentences.c] [--pysbd-mb 1]

1. Writes a corpus of ~MB megabytes of invented news-digest text (seeded, so every run reads the
   same bytes): headlines without punctuation, datelines, sentences with titles, initials, U.S.,
   a.m./p.m., Inc./Corp., No. 5, decimals, versions, times, IP and web addresses, e-mails,
   quotes, ellipses, lists and footnote marks.
2. Raw ICU: compiles the C program at --icu-source (the project's speed floor, which is not part of
   this repository) into /tmp and runs it on the corpus.
3. enrich: `enrich --pipeline pipelines/sentences.yaml --split none --jobs 1` on the corpus as one
   document, and the same with an empty pipeline, whose time (reading input, writing JSON) is
   taken off to give the stage alone.
4. pySBD (pinned, in a venv it makes under /tmp) on the first --pysbd-mb megabytes, one call per
   article; reported as missing when it cannot be installed.
Speeds are MB per CPU second of the process (user + system), the median of --runs runs.
"""
import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

PYSBD_VERSION = "0.3.4"
WORK = os.path.join(tempfile.gettempdir(), "enrich-bench-sentences")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

FIRST = ["Maria", "James", "Ana", "Wei", "Tom", "Laura", "Omar", "Priya", "Jonas", "Elena", "Kofi", "Sara"]
LAST = ["Lopez", "Reed", "Chen", "Okafor", "Patel", "Novak", "Haddad", "Berg", "Silva", "Kim", "Moreau", "Diaz"]
TITLES = ["Sen.", "Gov.", "Rep.", "Gen.", "Dr.", "Mr.", "Ms.", "Prof."]
FIRMS = ["Acme Corp.", "Brightline Ltd.", "Northwind Inc.", "Harbor & Co.", "Bluepeak Holdings Inc."]
AGENCIES = ["the Commerce Department", "the U.S. Justice Department", "the U.K. regulator", "the E.U. Commission"]
OUTLETS = ["The Associated Press reports", "AP reports", "Reuters reports", "the company told Threatpost",
           "CPO Magazine reports"]
TOPICS = ["data leak", "ransomware attack", "app store ban", "privacy ruling", "chip export rule", "phishing wave"]
MONTHS = ["Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


def person(rng):
    if rng.random() < 0.3:
        return f"{rng.choice(FIRST)} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {rng.choice(LAST)}"
    return f"{rng.choice(TITLES)} {rng.choice(FIRST)} {rng.choice(LAST)}"


def sentence(rng):
    n = rng.randint(2, 999)
    templates = [
        lambda: f"{person(rng)} said on {rng.choice(MONTHS)} {rng.randint(1, 28)} that {rng.choice(AGENCIES)} would review the {rng.choice(TOPICS)}.",
        lambda: f"Records of {n},{rng.randint(100, 999)} customers of {rng.choice(FIRMS)} were exposed, {rng.choice(OUTLETS)}.",
        lambda: f"The {rng.choice(TOPICS)} began at {rng.randint(1, 12)}:{rng.randint(10, 59)} {rng.choice(['a.m.', 'p.m.'])} and hit servers at 10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}.",
        lambda: f"“We take this seriously,” {person(rng)} told reporters, adding that version {rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)} fixes the flaw.",
        lambda: f"Shares of {rng.choice(FIRMS)} fell {rng.randint(1, 30)}.{rng.randint(0, 9)} percent, to ${rng.randint(5, 400)}.{rng.randint(10, 99)}, after the report.",
        lambda: f"The filing, No. {n} in the case, is available at https://news.example.org/{rng.choice(TOPICS).replace(' ', '-')}/{n}.html for readers.",
        lambda: f"Questions can be sent to desk{n}@example.com. {rng.choice(['The', 'A', 'Its'])} newsroom answers within a day.",
        lambda: f"Officials in the U.S. said the {rng.choice(TOPICS)} was contained. {rng.choice(['It', 'They', 'The agency'])} gave no further details.",
        lambda: f"The group met in Washington (the talks began in {rng.choice(MONTHS)} {rng.randint(1, 28)}) and agreed on a plan. [{rng.randint(1, 30)}]",
        lambda: f"Was the {rng.choice(TOPICS)} preventable? Experts say it was . . . but only in part.",
        lambda: f"The report lists three steps: 1. Patch the servers 2. Rotate the keys 3. Tell the users.",
        lambda: f"{rng.choice(FIRMS)} said it would appeal the ruling, {rng.choice(OUTLETS)}.",
    ]
    return rng.choice(templates)()


def article(rng):
    headline = f"{rng.choice(['US', 'EU', 'UK'])} {rng.choice(['Probes', 'Fines', 'Bans', 'Warns'])} {rng.choice(FIRMS).split()[0]} Over {rng.choice(TOPICS).title()}"
    body = " ".join(sentence(rng) for _ in range(rng.randint(3, 8)))
    return f"{headline}\n{rng.choice(MONTHS)} {rng.randint(1, 28)}, 2026\n{body}\nSource: {rng.choice(OUTLETS).split()[0]}\n"


def write_corpus(path, megabytes):
    rng = random.Random(20260918)
    articles = []
    size = 0
    while size < megabytes * 1_000_000:
        text = article(rng)
        articles.append(text)
        size += len(text.encode())
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(articles))
    return articles


def cpu_seconds(command, stdin_path):
    """CPU seconds (user + system) of one run of `command` reading `stdin_path`, and its stdout."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(stdin_path, "rb") as stdin:
        result = subprocess.run(command, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"{command[0]} failed: {result.stderr.decode(errors='replace')[:500]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), result.stdout


def median_seconds(command, stdin_path, runs):
    return statistics.median(cpu_seconds(command, stdin_path)[0] for _ in range(runs))


def build_icu(source):
    if not os.path.exists(source):
        return None
    binary = os.path.join(WORK, "icu_sentences")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "icu-i18n"], capture_output=True, text=True).stdout.split()
    subprocess.run(["gcc", "-O2", "-o", binary, source] + flags, check=True)
    return binary


def pysbd_python():
    venv = os.path.join(WORK, "venv")
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    check = subprocess.run([python, "-c", "import pysbd"], capture_output=True)
    if check.returncode != 0:
        install = subprocess.run([python, "-m", "pip", "install", "-q", f"pysbd=={PYSBD_VERSION}"], capture_output=True)
        if install.returncode != 0:
            return None
    return python


PYSBD_TIMER = """
import json, resource, sys, pysbd
seg = pysbd.Segmenter(language="en", clean=False)
docs = json.load(open(sys.argv[1], encoding="utf-8"))
t = resource.getrusage(resource.RUSAGE_SELF)
count = sum(len(seg.segment(d)) for d in docs)
u = resource.getrusage(resource.RUSAGE_SELF)
print((u.ru_utime - t.ru_utime) + (u.ru_stime - t.ru_stime), count)
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=20)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--enrich", default=os.path.join(ROOT, ".build/release/enrich"))
    parser.add_argument("--icu-source", default="/work/shared/bench/icu_sentences.c")
    parser.add_argument("--pysbd-mb", type=float, default=1)
    args = parser.parse_args()
    os.makedirs(WORK, exist_ok=True)

    corpus = os.path.join(WORK, "corpus.txt")
    articles = write_corpus(corpus, args.mb)
    size_mb = os.path.getsize(corpus) / 1e6
    print(f"corpus: {size_mb:.1f} MB, {len(articles)} invented articles ({corpus})")
    rows = []

    icu = build_icu(args.icu_source)
    icu_speed = None
    if icu:
        icu_speed = size_mb / median_seconds([icu, corpus], os.devnull, args.runs)
        rows.append(("raw ICU sentence breaks (en@ss=standard)", icu_speed))
    else:
        print(f"raw ICU: missing ({args.icu_source} not found)")

    empty = os.path.join(WORK, "empty.yaml")
    with open(empty, "w") as f:
        f.write("stages: []\n")
    common = ["--split", "none", "--jobs", "1"]
    full = median_seconds([args.enrich, "--pipeline", os.path.join(ROOT, "pipelines/sentences.yaml")] + common, corpus, args.runs)
    io = median_seconds([args.enrich, "--pipeline", empty] + common, corpus, args.runs)
    enrich_speed = size_mb / full
    stage_speed = size_mb / max(full - io, 1e-9)
    rows.append(("enrich, sentences pipeline (end to end)", enrich_speed))
    rows.append(("enrich, sentences stage alone (minus empty pipeline)", stage_speed))

    python = pysbd_python()
    pysbd_speed = None
    if python:
        sample, sample_bytes = [], 0
        for text in articles:
            if sample_bytes >= args.pysbd_mb * 1e6:
                break
            sample.append(text)
            sample_bytes += len(text.encode())
        sample_path = os.path.join(WORK, "pysbd-sample.json")
        with open(sample_path, "w", encoding="utf-8") as f:
            import json
            json.dump(sample, f)
        timer = subprocess.run([python, "-c", PYSBD_TIMER, sample_path], capture_output=True, text=True, check=True)
        seconds = float(timer.stdout.split()[0])
        pysbd_speed = sample_bytes / 1e6 / seconds
        rows.append((f"pySBD {PYSBD_VERSION} (clean=False, first {sample_bytes / 1e6:.1f} MB)", pysbd_speed))
    else:
        print("pySBD: missing (cannot install it into a venv)")

    print(f"{'':58} {'MB/s':>9}")
    for name, speed in rows:
        print(f"{name:58} {speed:9.2f}")
    if icu_speed:
        print(f"stage / raw ICU: {stage_speed / icu_speed:.2f}x   end to end / raw ICU: {enrich_speed / icu_speed:.2f}x   (goal: stage >= 0.5x)")
    if pysbd_speed:
        print(f"stage / pySBD: {stage_speed / pysbd_speed:.0f}x   end to end / pySBD: {enrich_speed / pysbd_speed:.0f}x   (goal: >= 100x)")


if __name__ == "__main__":
    main()
