#!/usr/bin/env python3
"""Gazetteer matching side by side: enrich's entity stage, pyahocorasick, spaCy PhraseMatcher.

    python3 bench/gazetteer.py [--names 1000000] [--mb 10] [--runs 3] [--work /tmp/enrich-gazetteer-bench]
                               [--tools enrich,ahocorasick,phrasematcher] [--json OUT]

Everything runs in one invocation on the same synthetic data, made here and deterministic
(seeded), so no outside file is needed:
  gazetteer  --names distinct names: the multi-word place names of models/gazetteers/places.tsv,
             then synthetic persons "First Last" (first names from models/gazetteers/lexicon/
             first-names.txt, surnames built from syllables), written as name<TAB>label<TAB>id;
  text       news-like sentences of ordinary words (models/gazetteers/lexicon/common-words.txt)
             with a gazetteer name every ~40 words, documents of ~1 kB split by blank lines,
             repeated to --mb MB (10^6 UTF-8 bytes).
The anchors run in a venv this script makes under --work (pip install pyahocorasick==2.3.1
spacy==3.8.18); an anchor that cannot be installed is reported as missing, never estimated.
Each tool runs in its own child process. Times: build (load the names and compile the matcher),
match (median of --runs passes over all documents, process CPU seconds, the steadier figure on
a shared machine, and wall seconds). enrich also reports `load_s` (mapping its
compiled gazetteer again, which is what every run after the first pays), the load time of the
default models, and ICU tokenization separately (the spaCy matcher's time includes its tokenizer).
Semantics differ slightly: the anchors are case-sensitive exact matches; enrich folds case
and then applies its case policy, on ICU token boundaries, longest match first.
"""
import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
MODELS = os.path.join(ROOT, "models", "gazetteers")
ANCHOR_PACKAGES = ["pyahocorasick==2.3.1", "spacy==3.8.18"]
TOOLS = ("enrich", "ahocorasick", "phrasematcher")


def words(path):
    with open(path, encoding="utf-8") as handle:
        return [line.strip() for line in handle if line.strip() and not line.startswith("#")]


def make_gazetteer(path, size):
    rng = random.Random(20261125)
    seen, rows = set(), []

    def add(name, label, ident):
        if name not in seen and len(rows) < size:
            seen.add(name)
            rows.append((name, label, ident))

    for line in words(os.path.join(MODELS, "places.tsv")):
        name, label, ident = line.split("\t")[:3]
        if " " in name and name.isascii():
            add(name, label, ident)
    firsts = [w.title() for w in words(os.path.join(MODELS, "lexicon", "first-names.txt")) if w.isascii()]
    onsets = ["b", "br", "c", "ch", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "st", "t", "v", "w", "z"]
    nuclei = ["a", "e", "i", "o", "u", "ai", "ea", "ou"]
    codas = ["", "n", "r", "s", "l", "m", "th", "ck", "ng", "ld"]
    while len(rows) < size:
        surname = "".join(rng.choice(onsets) + rng.choice(nuclei) + rng.choice(codas)
                          for _ in range(rng.randint(2, 3)))
        add(f"{rng.choice(firsts)} {surname.title()}", "PERSON", f"bench:{len(rows)}")
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write("\t".join(row) + "\n")
    return [name for name, _, _ in rows]


def make_text(path, names, mb):
    rng = random.Random(7)
    vocabulary = words(os.path.join(MODELS, "lexicon", "common-words.txt"))[:20000]
    target, total, documents = int(mb * 1e6), 0, []
    while total < target:
        sentences, size = [], 0
        while size < 1000:
            sentence = [rng.choice(vocabulary) for _ in range(rng.randint(8, 20))]
            sentence[0] = sentence[0].title()
            if rng.random() < 0.5:
                sentence.insert(rng.randint(1, len(sentence)), rng.choice(names))
            text = " ".join(sentence) + "."
            sentences.append(text)
            size += len(text) + 1
        document = " ".join(sentences)
        documents.append(document)
        total += len(document.encode("utf-8")) + 2
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n\n".join(documents))


def ensure_venv(work):
    venv = os.path.join(work, "venv")
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    result = subprocess.run([python, "-m", "pip", "install", "--quiet"] + ANCHOR_PACKAGES,
                            capture_output=True, text=True)
    if result.returncode != 0:
        print("anchor install failed:\n" + result.stderr[-2000:], file=sys.stderr)
    return python


# ---------------------------------------------------------------- anchors (child processes)

def is_word_char(c):
    return c.isalnum() or c == "_"


def longest_non_overlapping(spans):
    spans.sort(key=lambda s: (s[0], -s[1]))
    out, last_end = [], -1
    for start, end in spans:
        if start >= last_end:
            out.append((start, end))
            last_end = end
    return out


def build_anchor(tool, names):
    if tool == "ahocorasick":
        import ahocorasick
        automaton = ahocorasick.Automaton()
        for name in names:
            automaton.add_word(name, len(name))
        automaton.make_automaton()

        def match(text):
            n, found = len(text), []
            for end, length in automaton.iter(text):
                start = end - length + 1
                if (start == 0 or not is_word_char(text[start - 1])) and \
                        (end + 1 == n or not is_word_char(text[end + 1])):
                    found.append((start, end + 1))
            return longest_non_overlapping(found)
        return match
    import spacy
    from spacy.matcher import PhraseMatcher
    from spacy.util import filter_spans
    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab)
    matcher.add("NAME", list(nlp.tokenizer.pipe(names, batch_size=10000)))

    def match(text):
        return filter_spans(matcher(nlp.make_doc(text), as_spans=True))
    return match


def run_anchor(tool, gazetteer, text_path, runs):
    c0, t0 = time.process_time(), time.perf_counter()
    with open(gazetteer, encoding="utf-8") as handle:
        names = [line.split("\t", 1)[0] for line in handle if line.strip()]
    match = build_anchor(tool, names)
    build, build_cpu = time.perf_counter() - t0, time.process_time() - c0
    with open(text_path, encoding="utf-8") as handle:
        documents = handle.read().split("\n\n")
    size = sum(len(d.encode("utf-8")) for d in documents) + 2 * (len(documents) - 1)
    times, cpus, matches = [], [], 0
    for _ in range(runs):
        c1, t1 = time.process_time(), time.perf_counter()
        matches = sum(len(match(d)) for d in documents)
        times.append(time.perf_counter() - t1)
        cpus.append(time.process_time() - c1)
    return {"tool": tool, "build_s": build, "build_cpu_s": build_cpu, "median_s": statistics.median(times),
            "median_cpu_s": statistics.median(cpus), "runs_s": times, "mb": size / 1e6,
            "mb_per_s": size / 1e6 / statistics.median(times), "docs": len(documents), "matches": matches,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run_enrich(gazetteer, text_path, runs, work):
    subprocess.run(["swift", "build", "-c", "release", "--product", "EnrichGazetteerBench"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    binary = os.path.join(ROOT, ".build", "release", "EnrichGazetteerBench")
    result = subprocess.run([binary, gazetteer, text_path, "--runs", str(runs), "--cache",
                             os.path.join(work, "enrich-cache"), "--models", os.path.join(ROOT, "models")],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--names", type=int, default=1_000_000)
    parser.add_argument("--mb", type=float, default=10)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", default="/tmp/enrich-gazetteer-bench")
    parser.add_argument("--tools", default=",".join(TOOLS))
    parser.add_argument("--json")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--gazetteer", help=argparse.SUPPRESS)
    parser.add_argument("--text", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_anchor(args.child, args.gazetteer, args.text, args.runs)))
        return 0

    os.makedirs(args.work, exist_ok=True)
    gazetteer = os.path.join(args.work, f"gazetteer-{args.names}.tsv")
    text = os.path.join(args.work, f"text-{args.mb:g}mb.txt")
    names = make_gazetteer(gazetteer, args.names)
    make_text(text, names, args.mb)
    del names
    print(f"gazetteer {args.names} names -> {gazetteer}; text {args.mb:g} MB -> {text}", file=sys.stderr)

    tools = args.tools.split(",")
    python = ensure_venv(args.work) if any(t != "enrich" for t in tools) else None
    results = []
    for tool in tools:
        print(f"running {tool} ...", file=sys.stderr)
        try:
            if tool == "enrich":
                results.append(run_enrich(gazetteer, text, args.runs, args.work))
            else:
                child = subprocess.run([python, __file__, "--child", tool, "--gazetteer", gazetteer, "--text", text,
                                        "--runs", str(args.runs)], capture_output=True, text=True)
                if child.returncode != 0:
                    raise RuntimeError(child.stderr.strip().splitlines()[-1] if child.stderr.strip() else "failed")
                results.append(json.loads(child.stdout))
        except Exception as error:  # a missing anchor is reported, not estimated
            results.append({"tool": tool, "missing": str(error)})

    reference = {r["tool"]: r for r in results if "median_s" in r}
    ours = reference.get("enrich")
    print(f"\n{'tool':<15}{'build s':>9}{'match CPU s':>13}{'match wall s':>14}{'MB/CPU s':>10}{'matches':>9}"
          "  enrich is (CPU)")
    for r in results:
        if "missing" in r:
            print(f"{r['tool']:<15} missing: {r['missing']}")
            continue
        ratio = f"{r['median_cpu_s'] / ours['median_cpu_s']:.1f}x faster" if ours and r is not ours else ""
        print(f"{r['tool']:<15}{r['build_s']:>9.2f}{r['median_cpu_s']:>13.3f}{r['median_s']:>14.3f}"
              f"{r['mb'] / r['median_cpu_s']:>10.1f}{r['matches']:>9}  {ratio}")
    if ours:
        print(f"\nenrich: compiled-gazetteer load {ours['load_s'] * 1000:.2f} ms ({ours['names_entities']} entities), "
              f"default models load {ours['default_models_load_s'] * 1000:.2f} ms, "
              f"ICU sentence+token stages {ours['tokenize_s']:.2f} s (not in match s)")
    if args.json:
        with open(args.json, "w") as handle:
            json.dump(results, handle, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
