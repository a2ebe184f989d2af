#!/usr/bin/env python3
"""Speed of the attributions stage: the default pipeline with and without it.

Measures CPU time and, when `perf` is installed, instructions (the figure that decides).
Generates a few MB of invented news digests (seeded, so every run reads the same bytes), one
digest of four articles per file in a folder, about two sentences in five attributed, runs the release binary on the folder with pipelines/default.yaml and with the same pipeline minus the
`attributions` stage, and prints both times and the stage's share of the full run. Target: the
stage costs less than 20% of the default pipeline's time.

usage: swift build -c release && python3 scripts/bench_attributions.py [--mb 4] [--runs 3] [--jobs 1]
"""
import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

FIRST = ["Maren", "Owen", "Ines", "Tomas", "Priya", "Lena", "Dario", "Kira", "Ana", "Elias", "Nora", "Jonas"]
LAST = ["Holt", "Castell", "Marek", "Adler", "Raman", "Brandt", "Solberg", "Ruiz", "Vance", "Okafor", "Lindqvist"]
ORGS = ["Glenmoor Bank", "Brightwater Health", "Northgate Labs", "Fieldstone Software", "Harlow Retail",
        "the Riverside Tenants Union", "Cobalt Freight", "the Department of Commerce", "Acme Water"]
OUTLETS = ["The Associated Press", "AP", "Reuters", "Threatpost", "CPO Magazine", "Bloomberg", "The Record",
           "TechCrunch", "BleepingComputer", "the BBC"]
TITLES = ["spokesperson", "chief executive", "researcher", "general counsel", "CTO"]
EVENTS = ["a ransomware attack encrypted billing servers", "card data was skimmed from the checkout page",
          "an exposed database held 80,000 customer records", "attackers used stolen passwords",
          "the outage lasted three days", "no payment data was taken", "the patch shipped within a week"]


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def paragraph(rng):
    org, outlet, event = rng.choice(ORGS), rng.choice(OUTLETS), rng.choice(EVENTS)
    who = person(rng)
    plain = [
        f"The firm sold {rng.randint(2, 90)} terminals to regional hospitals in {rng.randint(2015, 2024)}.",
        f"{org.capitalize()} has {rng.randint(2, 900)} employees and serves {rng.randint(2, 90)},000 customers.",
        f"It was not clear how many accounts were affected or when {event.split()[0]} was noticed.",
        f"The breach is the third at a regional firm this year, after similar incidents in March and June.",
        f"Customers can reset their passwords on the company website or call a hotline.",
        f"Regulators in several states have opened inquiries into how the data was stored.",
    ]
    forms = [
        f"{event.capitalize()} at {org}, {outlet} reports.",
        f"“We are still investigating how {event},” said {who}, a {rng.choice(TITLES)} at {org}.",
        f"{who} told {outlet} that {event}. “It was avoidable,” she said.",
        f"According to a filing with the Securities and Exchange Commission, {event}.",
        f"Two sources familiar with the matter said {event}. The company declined to comment.",
        f"{org.capitalize()} said in a statement on Monday that {event}, adding that customers would be notified.",
        f"{who} reports: {event.capitalize()}, and the company has hired outside investigators.",
        f"Experts warned that {event} at dozens of similar firms. The study found that most victims paid.",
    ]
    return " ".join(rng.sample(forms, 2) + rng.sample(plain, 3))


def digest(rng, number):
    text = f"Daily Digest ({rng.randint(1, 12)}/{rng.randint(1, 28)})\n\n"
    for _ in range(4):
        text += f"Headline number {number} about {rng.choice(ORGS)}\n\n" + "\n\n".join(
            paragraph(rng) for _ in range(4)) + "\n\nSource (all external links):\n\n"
    return text


def write_digests(folder, target_bytes, seed=7):
    """Writes digests to numbered files in `folder` until they hold `target_bytes`; returns the size."""
    rng, size, number = random.Random(seed), 0, 0
    while size < target_bytes:
        number += 1
        text = digest(rng, number).encode()
        with open(os.path.join(folder, f"digest-{number:05d}.txt"), "wb") as out:
            out.write(text)
        size += len(text)
    return size


def run(binary, pipeline, folder, jobs):
    """CPU seconds (user + system) of one run, and its instruction count when `perf` is there.

    CPU time and instructions, not wall time: on a shared machine the wall clock mostly
    measures the neighbours."""
    command = [binary, "--pipeline", pipeline, "--jobs", str(jobs), folder]
    if shutil.which("perf"):
        command = ["perf", "stat", "-x", ",", "-e", "instructions:u", "--"] + command
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    instructions = None
    for line in done.stderr.splitlines():
        fields = line.split(",")
        if len(fields) > 2 and fields[2].startswith("instructions") and fields[0].isdigit():
            instructions = int(fields[0])
    return cpu, instructions


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=4)
    parser.add_argument("--runs", type=int, default=7, help="alternating runs of each pipeline; the best counts")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    binary = os.path.join(ROOT, ".build/release/enrich")
    if not os.path.exists(binary):
        sys.exit("build first: swift build -c release")
    with tempfile.TemporaryDirectory() as folder:
        corpus = os.path.join(folder, "digests")
        os.mkdir(corpus)
        size = write_digests(corpus, int(args.mb * 1_000_000))
        default = os.path.join(ROOT, "pipelines/default.yaml")
        without = os.path.join(folder, "without-attributions.yaml")
        with open(default, encoding="utf-8") as src, open(without, "w", encoding="utf-8") as dst:
            dst.writelines(line for line in src if line.strip() != "- attributions")
        run(binary, default, corpus, args.jobs)
        full_runs, base_runs = [], []
        for _ in range(args.runs):
            full_runs.append(run(binary, default, corpus, args.jobs))
            base_runs.append(run(binary, without, corpus, args.jobs))
    full, base = min(r[0] for r in full_runs), min(r[0] for r in base_runs)
    share = (full - base) / full
    print(f"{size / 1e6:.1f} MB, jobs {args.jobs}, best of {args.runs} (CPU time): default pipeline {full:.3f} s, "
          f"without attributions {base:.3f} s, attributions {full - base:.3f} s = {share:.1%}")
    if full_runs[0][1] and base_runs[0][1]:
        full_i, base_i = min(r[1] for r in full_runs), min(r[1] for r in base_runs)
        share = (full_i - base_i) / full_i
        print(f"instructions: default pipeline {full_i / 1e6:.0f}M, without attributions {base_i / 1e6:.0f}M, "
              f"attributions {(full_i - base_i) / 1e6:.0f}M = {share:.1%}")
    print(f"attributions' share of the default pipeline: {share:.1%} (target < 20%)")
    sys.exit(0 if share < 0.20 else 1)


if __name__ == "__main__":
    main()
