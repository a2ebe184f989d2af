#!/usr/bin/env python3
"""enrich side by side with raw ICU and with the tools users would pick instead.

One run: builds enrich in release, compiles the raw-ICU floor, generates the corpus (cached),
times `enrich --input jsonl` with the default pipeline and with each stage alone for every
--jobs, measures start-up, runs the anchors in a virtualenv, and writes the results as JSON and
Markdown. Standard library only; see bench/README.md.
"""
import argparse
import datetime
import glob
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import corpus  # noqa: E402

STAGE_ORDER = ["digest", "sentences", "tokens", "entities", "attributions", "keywords", "summary"]
# Each anchor and the enrich pipeline that does the same job.
ANCHOR_COUNTERPARTS = {
    "spacy": "default", "pysbd": "sentences", "pyahocorasick": "entities",
    "yake": "keywords", "sumy-lexrank": "summary",
}
ANCHOR_DESCRIPTIONS = {
    "spacy": "spaCy blank en + sentencizer + EntityRuler + pytextrank (nlp.pipe)",
    "pysbd": "pySBD sentence segmentation",
    "pyahocorasick": "pyahocorasick gazetteer matching",
    "yake": "YAKE keywords (n=3, top 10)",
    "sumy-lexrank": "sumy LexRank summary (3 sentences)",
}
MB = 1_000_000


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def median(values):
    return statistics.median(values) if values else None


class Measured:
    """Wall time, CPU time and peak RSS of one run of `command`.

    The command runs under bench/child_usage.c (`Measured.helper`), which reads the usage with
    wait4: Linux carries the RSS high-water mark of a forking process across exec, so waiting for
    a child forked from this Python process would report at least this process's RSS.
    """
    helper = None

    def __init__(self, command, stdin_path=None, stdout=subprocess.DEVNULL, cwd=None):
        with tempfile.TemporaryFile() as errors, tempfile.NamedTemporaryFile("r") as usage, \
                open(stdin_path or os.devnull, "rb") as stdin:
            start = time.perf_counter()
            subprocess.run([Measured.helper, usage.name] + command, stdin=stdin, stdout=stdout, stderr=errors, cwd=cwd)
            self.wall = time.perf_counter() - start
            errors.seek(0)
            self.stderr = errors.read().decode("utf-8", "replace")
            fields = usage.read().split()
        if len(fields) != 4:
            raise RuntimeError(f"{command[0]} could not be run: {self.stderr.strip()[-500:]}")
        self.status = int(fields[0])
        self.peak_rss_mb = int(fields[1]) / 1024  # kilobytes on Linux
        self.cpu = float(fields[2]) + float(fields[3])


def run_checked(command, **kwargs):
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        sys.exit(f"bench: {' '.join(command)} failed ({result.returncode}):\n{result.stderr[-4000:]}")
    return result.stdout


# ---------------------------------------------------------------- build

def build_enrich(skip_build):
    if not skip_build:
        log("swift build -c release --static-swift-stdlib --product enrich (as `make build`)")
        run_checked(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "enrich"], cwd=ROOT)
    binary = os.path.join(run_checked(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT).strip(),
                          "enrich")
    if not os.path.exists(binary):
        sys.exit(f"bench: {binary} not found (run without --no-build)")
    return binary


def build_child_usage(work):
    binary = os.path.join(work, "child_usage")
    run_checked(["gcc", "-O2", "-o", binary, os.path.join(HERE, "child_usage.c")])
    return binary


def build_icu_floor(work):
    """Raw ICU floors from bench/icu_floor.c (sentence and word breaks), plus the shared
    reference floor ../shared/bench/icu_sentences.c as a cross-check when it is there."""
    own = os.path.join(HERE, "icu_floor.c")
    shared = os.path.join(ROOT, "..", "shared", "bench", "icu_sentences.c")
    flags = run_checked(["pkg-config", "--cflags", "--libs", "icu-i18n"]).split()
    floors = {}
    for name, source, mode in (("sentences", own, ["sentence"]), ("words", own, ["word"]),
                               ("sentences (shared reference)", shared, [])):
        if not os.path.exists(source):
            continue
        binary = os.path.join(work, os.path.splitext(os.path.basename(source))[0])
        run_checked(["gcc", "-O2", "-o", binary, source] + flags)
        floors[name] = {"binary": binary, "mode": mode, "source": os.path.relpath(os.path.realpath(source), ROOT)}
    return floors


def measure_icu(floors, text_path, repeats):
    """Per floor: median wall seconds of the breaking loop, and CPU seconds when reported."""
    results = {}
    for name, floor in floors.items():
        runs = [run_checked([floor["binary"], text_path] + floor["mode"]).split() for _ in range(repeats)]
        size = int(runs[0][0])
        seconds = median([float(r[2]) for r in runs])
        result = {"source": floor["source"], "bytes": size, "boundaries": int(runs[0][1]),
                  "seconds": seconds, "mb_per_s": size / seconds / MB}
        if len(runs[0]) > 4:
            result["cpu_seconds"] = median([float(r[4]) for r in runs])
            result["mb_per_cpu_s"] = size / result["cpu_seconds"] / MB
        results[name] = result
    return results


# ---------------------------------------------------------------- pipelines

def stage_names(yaml_path):
    """Stage names of a pipeline file (the `- name` / `- name: NAME` entries of `stages:`)."""
    names = []
    with open(yaml_path, encoding="utf-8") as file:
        for line in file:
            match = re.match(r"^\s*-\s*(?:name:\s*)?([A-Za-z_][\w-]*)\s*(?:#.*)?$", line)
            if match:
                names.append(match.group(1))
    return names


def pipeline_error(binary, pipeline_path):
    """None when the pipeline builds, else enrich's message."""
    command = [binary, "--input", "jsonl"] + (["--pipeline", pipeline_path] if pipeline_path else [])
    result = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True, cwd=ROOT)
    return None if result.returncode == 0 else (result.stderr.strip() or f"exit {result.returncode}")


def discover_pipelines(binary, work):
    """The default pipeline, then every stage alone: `pipelines/<stage>.yaml` when present, else a
    pipeline derived here (the stage alone, or the default pipeline's stages up to it). Returns
    (pipelines to time, missing stages with the reason)."""
    listing = run_checked([binary, "--list-stages"], cwd=ROOT)
    registered = [line.split(":")[0] for line in listing.splitlines() if line and not line[0].isspace()]
    files = {os.path.splitext(os.path.basename(p))[0]: p for p in glob.glob(os.path.join(ROOT, "pipelines", "*.yaml"))}
    default_file = files.pop("default", None)
    default_order = stage_names(default_file) if default_file else []
    names = STAGE_ORDER + [n for n in registered + sorted(files) if n not in STAGE_ORDER]

    pipelines = [{"name": "default", "path": None, "stages": default_order, "origin": "built-in default"}]
    missing = []
    derived_dir = os.path.join(work, "pipelines")
    os.makedirs(derived_dir, exist_ok=True)
    for name in dict.fromkeys(names):
        if name in files:
            error = pipeline_error(binary, files[name])
            if error is None:
                pipelines.append({"name": name, "path": files[name], "stages": stage_names(files[name]),
                                  "origin": os.path.relpath(files[name], ROOT)})
            else:
                missing.append({"name": name, "reason": f"{os.path.relpath(files[name], ROOT)} does not build: {error}"})
            continue
        if name not in registered:
            missing.append({"name": name, "reason": "no such stage in this build of enrich"})
            continue
        candidates = [[name]]
        if name in default_order:
            candidates.append(default_order[:default_order.index(name) + 1])
        for stages in candidates:
            path = os.path.join(derived_dir, f"{name}.yaml")
            with open(path, "w", encoding="utf-8") as file:
                file.write("stages:\n" + "".join(f"  - {stage}\n" for stage in stages))
            error = pipeline_error(binary, path)
            if error is None:
                pipelines.append({"name": name, "path": path, "stages": stages,
                                  "origin": f"derived (no pipelines/{name}.yaml)"})
                break
        else:
            missing.append({"name": name, "reason": f"no pipelines/{name}.yaml, and no derived pipeline builds: {error}"})
    return pipelines, missing


# ---------------------------------------------------------------- enrich runs

def enrich_command(binary, pipeline, jobs):
    command = [binary, "--input", "jsonl", "--jobs", str(jobs)]
    if pipeline["path"]:
        command += ["--pipeline", pipeline["path"]]
    return command


def count_records(binary, pipeline, jsonl_path):
    """Runs once reading the output (streamed, so any corpus size will do), to check that the
    pipeline really writes records; returns their number and the first record's fields."""
    with open(jsonl_path, "rb") as stdin, tempfile.TemporaryFile() as errors:
        child = subprocess.Popen(enrich_command(binary, pipeline, 1), stdin=stdin, stdout=subprocess.PIPE,
                                 stderr=errors, cwd=ROOT)
        head, records = b"", 0
        while chunk := child.stdout.read(1 << 20):
            if records == 0:
                head += chunk
            records += chunk.count(b"\n")
        child.stdout.close()
        if child.wait() != 0:
            errors.seek(0)
            raise RuntimeError(errors.read().decode("utf-8", "replace").strip()[-2000:])
    fields = sorted(json.loads(head.split(b"\n", 1)[0]).keys()) if records else []
    return records, fields


def measure_enrich(binary, pipeline, jobs, corpus_info, repeats):
    runs = []
    for _ in range(repeats):
        run = Measured(enrich_command(binary, pipeline, jobs), stdin_path=corpus_info["jsonl"], cwd=ROOT)
        if run.status != 0:
            raise RuntimeError(f"{pipeline['name']} --jobs {jobs} on {corpus_info['mb']} MB: enrich exited "
                               f"{run.status}: {run.stderr.strip()[-2000:]}")
        runs.append(run)
    wall = median([r.wall for r in runs])
    return {"pipeline": pipeline["name"], "jobs": jobs, "mb": corpus_info["mb"], "repeats": repeats,
            "wall_seconds": wall, "cpu_seconds": median([r.cpu for r in runs]),
            "mb_per_s": corpus_info["text_bytes"] / wall / MB,
            "mb_per_cpu_s": corpus_info["text_bytes"] / median([r.cpu for r in runs]) / MB,
            "docs_per_s": corpus_info["documents"] / wall,
            "peak_rss_mb": max(r.peak_rss_mb for r in runs)}


def measure_startup(binary, small_path, runs):
    Measured([binary], stdin_path=small_path, cwd=ROOT)
    walls, cpus = [], []
    for _ in range(runs):
        run = Measured([binary], stdin_path=small_path, cwd=ROOT)
        if run.status != 0:
            raise RuntimeError(f"enrich < small.txt exited {run.status}: {run.stderr.strip()}")
        walls.append(run.wall)
        cpus.append(run.cpu)
    return {"runs": runs, "median_ms": median(walls) * 1000, "min_ms": min(walls) * 1000,
            "median_cpu_ms": median(cpus) * 1000, "bytes": os.path.getsize(small_path)}


# ---------------------------------------------------------------- anchors

def anchor_python(work, log_path):
    """The virtualenv's python with the anchors installed; (python, {package: failure})."""
    venv = os.path.join(work, "venv-anchors")
    python = os.path.join(venv, "bin", "python")
    requirements = os.path.join(HERE, "requirements-anchors.txt")
    stamp = os.path.join(venv, "installed-requirements.txt")
    failures = {}
    if os.path.exists(stamp) and open(stamp).read() == open(requirements).read():
        return python, failures
    log(f"creating the anchors' virtualenv in {venv} (pip log: {log_path})")
    if not os.path.exists(python):
        created = subprocess.run([sys.executable, "-m", "venv", venv], capture_output=True, text=True)
        if created.returncode != 0:
            return None, {"virtualenv": f"python3 -m venv failed: {created.stderr.strip()[-500:]}"}
    with open(log_path, "a") as pip_log:
        pip = [python, "-m", "pip", "install", "--disable-pip-version-check"]
        if subprocess.run(pip + ["-r", requirements], stdout=pip_log, stderr=subprocess.STDOUT).returncode != 0:
            for line in open(requirements):
                requirement = line.split("#")[0].strip()
                if requirement and subprocess.run(pip + [requirement], stdout=pip_log,
                                                  stderr=subprocess.STDOUT).returncode != 0:
                    failures[requirement] = f"pip install {requirement} failed (see {log_path})"
    if not failures:
        shutil.copyfile(requirements, stamp)
    return python, failures


def gazetteer_for_anchors(work):
    """One name<TAB>label file from models/gazetteers/**/*.tsv (name, label, id, |-separated
    aliases; the aliases become names too), or the corpus generator's own names."""
    files = sorted(glob.glob(os.path.join(ROOT, "models", "gazetteers", "**", "*.tsv"), recursive=True))
    path = os.path.join(work, "anchor-gazetteer.tsv")
    names = set()
    for file_path in files:
        for line in open(file_path, encoding="utf-8"):
            fields = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(fields) < 2 or not fields[0]:
                continue
            aliases = fields[3].split("|") if len(fields) > 3 and fields[3] else []
            names.update((name, fields[1]) for name in [fields[0]] + aliases if name)
    if files:
        source = f"{len(files)} files of models/gazetteers/ (names and aliases)"
    else:
        names = set(corpus.vocabulary_gazetteer())
        source = "models/gazetteers/*.tsv not present: stand-in gazetteer of the corpus generator's own names"
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(f"{name}\t{label}\n" for name, label in sorted(names))
    return {"path": path, "source": source, "entries": len(names), "stand_in": not files}


def measure_anchor(python, name, corpus_info, gazetteer, budget):
    command = [python, os.path.join(HERE, "anchors.py"), name, "--docs", corpus_info["jsonl"],
               "--gazetteer", gazetteer["path"], "--budget", str(budget)]
    with tempfile.TemporaryFile() as output:
        run = Measured(command, stdout=output)
        output.seek(0)
        text = output.read().decode("utf-8", "replace")
    if run.status != 0:
        return {"anchor": name, "missing": True, "reason": run.stderr.strip().splitlines()[-1:] or [f"exit {run.status}"]}
    result = json.loads(text)
    result.update({
        "missing": False, "peak_rss_mb": run.peak_rss_mb, "process_wall_seconds": run.wall,
        "mb_per_s": result["bytes"] / result["wall_seconds"] / MB,
        "mb_per_cpu_s": result["bytes"] / result["cpu_seconds"] / MB,
        "docs_per_s": result["documents"] / result["wall_seconds"],
        "extrapolated": result["documents"] < result["corpus_documents"],
    })
    result["corpus_seconds"] = result["corpus_bytes"] / MB / result["mb_per_s"]
    return result


# ---------------------------------------------------------------- report

def machine_info(binary):
    def first_line(command):
        try:
            return subprocess.run(command, capture_output=True, text=True).stdout.strip().splitlines()[0]
        except (OSError, IndexError):
            return "?"
    cpu = "?"
    if os.path.exists("/proc/cpuinfo"):
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = "?"
    if os.path.exists("/proc/meminfo"):
        memory = f"{int(open('/proc/meminfo').readline().split()[1]) / 1024 / 1024:.1f} GiB"
    commit = first_line(["git", "-C", ROOT, "describe", "--always", "--dirty"])
    return {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "cpu": cpu, "cores": os.cpu_count(), "memory": memory, "kernel": platform.release(),
            "swift": first_line(["swift", "--version"]), "enrich": first_line([binary, "--version"]),
            "commit": commit, "load_average_start": os.getloadavg()}


def fmt(value, digits=2):
    if value is None:
        return "–"
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:.{digits}f}" if abs(value) < 1000 else f"{value:,.0f}"


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(fmt(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def targets(results):
    runs = results["enrich"]
    sizes = sorted({r["mb"] for r in runs})
    largest = sizes[-1]

    def find(pipeline, jobs, mb):
        return next((r for r in runs if r["pipeline"] == pipeline and r["jobs"] == jobs and r["mb"] == mb), None)

    checks = []
    one, two = find("default", 1, largest), find("default", 2, largest)
    floor = results["icu"].get(str(largest), {}).get("sentences")
    if one:
        checks.append(("default pipeline ≥ 25 MB/s per core (--jobs 1, wall)", one["mb_per_s"], 25, one["mb_per_s"] >= 25))
        checks.append(("default pipeline ≥ 25 MB per CPU second", one["mb_per_cpu_s"], 25, one["mb_per_cpu_s"] >= 25))
    if one and floor:
        ratio = one["mb_per_s"] / floor["mb_per_s"]
        checks.append(("default pipeline ≥ 0.25× raw ICU sentence breaking (wall)", ratio, 0.25, ratio >= 0.25))
        cpu_ratio = one["mb_per_cpu_s"] / floor["mb_per_cpu_s"]
        checks.append(("default pipeline ≥ 0.25× raw ICU sentence breaking (CPU)", cpu_ratio, 0.25, cpu_ratio >= 0.25))
    spacy = results["anchors"].get("spacy")
    anchor_run = find("default", 1, results["anchor_mb"])
    if spacy and not spacy["missing"] and anchor_run:
        ratio = anchor_run["mb_per_s"] / spacy["mb_per_s"]
        checks.append(("default pipeline ≥ 100× the spaCy pipeline (jobs 1, wall)", ratio, 100, ratio >= 100))
        ratio = anchor_run["mb_per_cpu_s"] / spacy["mb_per_cpu_s"]
        checks.append(("default pipeline ≥ 100× the spaCy pipeline (CPU)", ratio, 100, ratio >= 100))
    if one and two:
        ratio = two["mb_per_s"] / one["mb_per_s"]
        checks.append(("--jobs 2 ≥ 1.8× --jobs 1 (default pipeline)", ratio, 1.8, ratio >= 1.8))
    gigabyte = [r for r in runs if r["pipeline"] == "default" and r["mb"] >= 1000]
    if gigabyte:
        peak = max(r["peak_rss_mb"] for r in gigabyte)
        checks.append(("peak RSS on 1 GB < 200 MB", peak, 200, peak < 200))
    else:
        checks.append(("peak RSS on 1 GB < 200 MB", "not measured (needs --full)", 200, None))
    startup = results["startup"]["median_ms"]
    checks.append(("start-up < 50 ms (enrich < small.txt, median wall)", startup, 50, startup < 50))
    cpu = results["startup"]["median_cpu_ms"]
    checks.append(("start-up CPU time < 50 ms (indicative only: the target is wall time)", cpu, 50, cpu < 50))
    return checks


def markdown(results):
    machine = results["machine"]
    lines = [f"# enrich benchmark, {machine['date']}", "",
             f"Machine: {machine['cpu']}, {machine['cores']} cores, {machine['memory']}, Linux {machine['kernel']}; "
             f"{machine['swift']}; {machine['enrich']}; commit {machine['commit']}. "
             f"Load average at start {', '.join(f'{x:.1f}' for x in machine['load_average_start'])}, "
             f"at end {', '.join(f'{x:.1f}' for x in results['load_average_end'])} "
             "(the machine may be shared: absolute MB/s drift, ratios measured in the same run hold better).",
             "", f"Command: `{results['command']}`", ""]

    lines += ["## Raw ICU floor (same bytes, plain text)", ""]
    rows = []
    for mb, floors in sorted(results["icu"].items(), key=lambda item: float(item[0])):
        for name, floor in floors.items():
            rows.append([f"{mb} MB", f"ICU {name} ({floor['source']})", floor["seconds"], floor["mb_per_s"],
                         floor.get("mb_per_cpu_s")])
    lines += [table(["corpus", "floor", "seconds", "MB/s", "MB per CPU s"], rows), ""]

    lines += ["## enrich --input jsonl", "",
              "MB are millions of bytes of document text (the JSON escaping around it is not counted). "
              "Times are wall clock for the whole process (start-up, JSON in and out; output to /dev/null), "
              "the median of the repeats; RSS is the peak over the repeats.", ""]
    rows = []
    for run in results["enrich"]:
        floor = results["icu"].get(str(run["mb"]), {}).get("sentences")
        ratio = run["mb_per_s"] / floor["mb_per_s"] if floor else None
        cpu_ratio = run["mb_per_cpu_s"] / floor["mb_per_cpu_s"] if floor else None
        rows.append([run["pipeline"], run["jobs"], f"{run['mb']} MB", run["wall_seconds"], run["mb_per_s"],
                     run["mb_per_cpu_s"], run["docs_per_s"], run["peak_rss_mb"], ratio, cpu_ratio])
    lines += [table(["pipeline", "jobs", "corpus", "seconds", "MB/s", "MB per CPU s", "docs/s", "peak RSS MB",
                     "× ICU sentences (wall)", "× ICU sentences (CPU)"], rows), ""]
    pipelines = results["pipelines"]
    lines += [f"Pipelines (records written from the {results['check_mb']} MB corpus's documents): " + "; ".join(
        f"**{p['name']}** = {' → '.join(p['stages']) or '?'} ({p['origin']}; {p['check']['records']:,} records)"
        for p in pipelines) + ".", ""]
    if results["missing_stages"]:
        lines += ["Missing stages (not timed):", ""]
        lines += [f"- **{m['name']}**: {m['reason']}" for m in results["missing_stages"]]
        lines += [""]
    if results.get("failures"):
        lines += ["Failed runs (not in the tables):", ""] + [f"- {failure}" for failure in results["failures"]] + [""]

    lines += ["## Start-up", "",
              f"`enrich < small.txt` ({results['startup']['bytes']} bytes, default pipeline): median "
              f"{results['startup']['median_ms']:.1f} ms wall, best {results['startup']['min_ms']:.1f} ms, "
              f"median CPU time {results['startup']['median_cpu_ms']:.1f} ms, over {results['startup']['runs']} runs.", ""]

    if results["anchors"]:
        lines += anchor_section(results)
    lines += scaling_section(results)
    return "\n".join(lines)


def anchor_section(results):
    lines = [f"## Anchors (on the {results['anchor_mb']} MB corpus, one process each, --jobs 1 equivalent)", ""]
    if results.get("gazetteer"):
        gazetteer = results["gazetteer"]
        lines += [f"Gazetteer for EntityRuler and pyahocorasick: {gazetteer['entries']} entries from {gazetteer['source']}.", ""]
    rows = []
    for name, anchor in results["anchors"].items():
        counterpart = ANCHOR_COUNTERPARTS[name]
        if anchor["missing"]:
            rows.append([ANCHOR_DESCRIPTIONS[name], "missing: " + " ".join(anchor["reason"]), None, None, None, None,
                         None, counterpart, None, None])
            continue
        versions = ", ".join(f"{k} {v}" for k, v in anchor["versions"].items())
        done = (f"{anchor['bytes'] / MB:.2f} of {anchor['corpus_bytes'] / MB:.2f} MB, extrapolated"
                if anchor["extrapolated"] else f"{anchor['bytes'] / MB:.2f} MB")
        mine = next((r for r in results["enrich"] if r["pipeline"] == counterpart and r["jobs"] == 1
                     and r["mb"] == results["anchor_mb"]), None)
        absent = f"n/a ({counterpart} not timed)"
        ratio = mine["mb_per_s"] / anchor["mb_per_s"] if mine else absent
        cpu_ratio = mine["mb_per_cpu_s"] / anchor["mb_per_cpu_s"] if mine else absent
        rows.append([f"{ANCHOR_DESCRIPTIONS[name]} ({versions})", done, anchor["mb_per_s"], anchor["mb_per_cpu_s"],
                     anchor["docs_per_s"], anchor["peak_rss_mb"], anchor["load_seconds"], counterpart, ratio, cpu_ratio])
    lines += [table(["anchor", "timed on", "MB/s", "MB per CPU s", "docs/s", "peak RSS MB", "load s",
                     "enrich pipeline", "enrich/anchor (wall, jobs 1)", "enrich/anchor (CPU)"], rows), ""]
    lines += ["Anchor MB/s and docs/s count the processing loop only (after loading and one warm-up document); "
              "peak RSS is the whole process's. A slow anchor stops after its CPU budget, and its rate is "
              "measured on the documents it finished (\"extrapolated\").", ""]

    return lines


def scaling_section(results):
    lines = ["## Scaling over corpus size", "",
              "Time should grow linearly with size (seconds per MB flat) and memory stay flat.", ""]
    rows = []
    sizes = sorted({r["mb"] for r in results["enrich"]})
    for pipeline in dict.fromkeys(r["pipeline"] for r in results["enrich"]):
        for jobs in sorted({r["jobs"] for r in results["enrich"]}):
            runs = {r["mb"]: r for r in results["enrich"] if r["pipeline"] == pipeline and r["jobs"] == jobs}
            if not runs:
                continue
            cells = []
            for mb in sizes:
                run = runs.get(mb)
                cells.append(f"{run['wall_seconds'] / mb:.3f} s/MB, {run['peak_rss_mb']:.0f} MB" if run else "–")
            small, large = runs[min(runs)], runs[max(runs)]
            time_growth = (large["wall_seconds"] / small["wall_seconds"]) / (large["mb"] / small["mb"])
            rows.append([pipeline, jobs] + cells + [time_growth, large["peak_rss_mb"] / small["peak_rss_mb"]])
    lines += [table(["pipeline", "jobs"] + [f"{mb} MB" for mb in sizes] +
                    ["time growth ÷ size growth", "RSS growth"], rows), ""]

    speedups = []
    for pipeline in dict.fromkeys(r["pipeline"] for r in results["enrich"]):
        for mb in sizes:
            one = next((r for r in results["enrich"] if r["pipeline"] == pipeline and r["jobs"] == 1 and r["mb"] == mb), None)
            two = next((r for r in results["enrich"] if r["pipeline"] == pipeline and r["jobs"] == 2 and r["mb"] == mb), None)
            if one and two:
                speedups.append([pipeline, f"{mb} MB", two["mb_per_s"] / one["mb_per_s"]])
    if speedups:
        lines += ["## --jobs 2 over --jobs 1", "", table(["pipeline", "corpus", "speed-up"], speedups), ""]

    lines += ["## Targets (issue 8)", ""]
    rows = [[name, value, goal, {True: "met", False: "NOT met", None: "–"}[ok]] for name, value, goal, ok in results["targets"]]
    lines += [table(["target", "measured", "goal", ""], rows), ""]
    return lines


# ---------------------------------------------------------------- main

def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", help="corpus sizes in MB, comma-separated (default 1,10; --full 1,10,100,1000)")
    parser.add_argument("--jobs", default="1,2", help="--jobs values for enrich (default 1,2)")
    parser.add_argument("--full", action="store_true", help="add the 100 MB and 1 GB corpora")
    parser.add_argument("--quick", action="store_true",
                        help="1 MB only, one repeat, 10 s per anchor: checks that everything runs")
    parser.add_argument("--repeats", type=int, help="runs per measurement (default 5 up to 1 MB, 3 up to 10 MB, then 1)")
    parser.add_argument("--pipelines", help="time only these pipelines (names as in the table, comma-separated)")
    parser.add_argument("--anchors", default=",".join(ANCHOR_COUNTERPARTS),
                        help="anchors to run (default all); empty for none")
    parser.add_argument("--anchor-mb", type=int, default=1, help="corpus the anchors run on (default 1 MB)")
    parser.add_argument("--anchor-budget", type=float, help="CPU seconds per anchor (default 60; --quick 10)")
    parser.add_argument("--startup-runs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=8, help="corpus generator seed")
    parser.add_argument("--work", default=os.environ.get("ENRICH_BENCH_WORK",
                                                         os.path.join(tempfile.gettempdir(), "enrich-bench")),
                        help="corpora, virtualenv and floors (default $ENRICH_BENCH_WORK or /tmp/enrich-bench)")
    parser.add_argument("--results", default=os.path.join(HERE, "results"), help="where the JSON and Markdown go")
    parser.add_argument("--no-build", action="store_true", help="use the release binary as it is")
    args = parser.parse_args()
    if args.sizes:
        args.sizes = [int(s) for s in args.sizes.split(",")]
    else:
        args.sizes = [1] if args.quick else [1, 10, 100, 1000] if args.full else [1, 10]
    args.jobs = [int(j) for j in args.jobs.split(",")]
    args.pipelines = args.pipelines.split(",") if args.pipelines else None
    args.anchors = [a for a in args.anchors.split(",") if a]
    unknown = [a for a in args.anchors if a not in ANCHOR_COUNTERPARTS]
    if unknown:
        parser.error(f"unknown anchors {unknown}; known: {', '.join(ANCHOR_COUNTERPARTS)}")
    if args.anchor_budget is None:
        args.anchor_budget = 10 if args.quick else 60
    return args


def timed(results, measure):
    """Appends one enrich measurement; a failed run is reported and the benchmark goes on."""
    try:
        results["enrich"].append(measure())
    except RuntimeError as error:
        log(f"FAILED: {error}")
        results.setdefault("failures", []).append(str(error))


def repeats_for(args, mb):
    if args.repeats:
        return args.repeats
    if args.quick:
        return 1
    return 5 if mb <= 1 else 3 if mb <= 10 else 1


def main():
    args = parse_arguments()
    started = time.time()
    os.makedirs(args.work, exist_ok=True)
    binary = build_enrich(args.no_build)
    floors = build_icu_floor(args.work)
    Measured.helper = build_child_usage(args.work)
    results = {"command": "bench/run.sh " + " ".join(sys.argv[1:]), "machine": machine_info(binary),
               "sizes_mb": args.sizes, "jobs": args.jobs, "anchor_mb": args.anchor_mb,
               "icu": {}, "enrich": [], "anchors": {}}

    corpora = {}
    for mb in sorted(set(args.sizes + ([args.anchor_mb] if args.anchors else []))):
        log(f"corpus {mb} MB (cached in {args.work}/corpus)")
        text_path, jsonl_path = corpus.write_corpus(os.path.join(args.work, "corpus"), mb, args.seed)
        with open(jsonl_path, encoding="utf-8") as file:
            documents = sum(1 for _ in file)
        corpora[mb] = {"mb": mb, "txt": text_path, "jsonl": jsonl_path, "documents": documents,
                       "text_bytes": corpus.text_bytes(text_path, documents)}

    small_path = os.path.join(args.work, "small.txt")
    with open(corpora[min(corpora)]["jsonl"], encoding="utf-8") as file:
        with open(small_path, "w", encoding="utf-8") as small:
            small.write(json.loads(file.readline())["text"])

    pipelines, missing = discover_pipelines(binary, args.work)
    if args.pipelines:
        pipelines = [p for p in pipelines if p["name"] in args.pipelines]
    results["pipelines"], results["missing_stages"] = pipelines, missing
    results["check_mb"] = min(corpora)
    for pipeline in list(pipelines):
        try:
            records, fields = count_records(binary, pipeline, corpora[min(corpora)]["jsonl"])
        except RuntimeError as error:
            pipelines.remove(pipeline)
            missing.append({"name": pipeline["name"], "reason": f"builds but fails on the corpus: {error}"})
            continue
        pipeline["check"] = {"records": records, "fields": fields}
    for entry in missing:
        log(f"stage {entry['name']} missing: {entry['reason']}")

    log(f"start-up: enrich < small.txt × {args.startup_runs}")
    results["startup"] = measure_startup(binary, small_path, args.startup_runs)

    for mb in args.sizes:
        info = corpora[mb]
        log(f"{mb} MB: raw ICU floors")
        results["icu"][str(mb)] = measure_icu(floors, info["txt"], repeats_for(args, mb))
        for pipeline in pipelines:
            for jobs in args.jobs:
                log(f"{mb} MB: enrich {pipeline['name']} --jobs {jobs}")
                timed(results, lambda: measure_enrich(binary, pipeline, jobs, info, repeats_for(args, mb)))

    if args.anchors:
        if args.anchor_mb not in args.sizes:
            info = corpora[args.anchor_mb]
            results["icu"][str(args.anchor_mb)] = measure_icu(floors, info["txt"], repeats_for(args, args.anchor_mb))
            for pipeline in pipelines:
                timed(results, lambda: measure_enrich(binary, pipeline, 1, info, repeats_for(args, args.anchor_mb)))
        python, failures = anchor_python(args.work, os.path.join(args.work, "pip.log"))
        gazetteer = gazetteer_for_anchors(args.work)
        results["gazetteer"] = {k: v for k, v in gazetteer.items() if k != "path"}
        for name in args.anchors:
            if python is None:
                results["anchors"][name] = {"anchor": name, "missing": True, "reason": [failures["virtualenv"]]}
                continue
            log(f"anchor {name} on {args.anchor_mb} MB (budget {args.anchor_budget:.0f} CPU s)")
            results["anchors"][name] = measure_anchor(python, name, corpora[args.anchor_mb], gazetteer,
                                                      args.anchor_budget)
        if failures:
            results["pip_failures"] = failures

    results["load_average_end"] = os.getloadavg()
    results["targets"] = targets(results)
    results["seconds"] = time.time() - started
    report = markdown(results)

    os.makedirs(args.results, exist_ok=True)
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    for name in (f"bench-{stamp}", "latest"):
        with open(os.path.join(args.results, name + ".json"), "w", encoding="utf-8") as file:
            json.dump(results, file, indent=1, ensure_ascii=False)
        with open(os.path.join(args.results, name + ".md"), "w", encoding="utf-8") as file:
            file.write(report + "\n")
    print(report)
    log(f"done in {results['seconds']:.0f} s; results in {args.results}/bench-{stamp}.{{json,md}}")


if __name__ == "__main__":
    main()
