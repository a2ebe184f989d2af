#!/usr/bin/env python3
"""Builds models/keywords/frequencies.tsv, the corpus word-frequency table the keywords and
summary stages use for rarity (how unexpected a word is in general English).

Source: the `wordfreq` package (pinned below; code Apache-2.0, data CC BY-SA 4.0), its "large"
English list. Output: one `word<TAB>zipf` line per word, most frequent first, for the
WORD_COUNT most frequent words made of letters (optionally with inner apostrophes, hyphens or
periods). Zipf = log10(frequency per billion words); words missing from the table are rarer
than the last line.

    python3 -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq==3.1.1
    /tmp/wf/bin/python scripts/build_frequencies.py models/keywords/frequencies.tsv
"""
import re
import sys
from importlib.metadata import version

import wordfreq

PINNED_VERSION = "3.1.1"
WORD_COUNT = 100_000
WORD = re.compile(r"^[^\W\d_]+(?:['’.-][^\W\d_]+)*$")


def main() -> None:
    if version("wordfreq") != PINNED_VERSION:
        sys.exit(f"wordfreq {version('wordfreq')} found; this table is built from {PINNED_VERSION}")
    output = sys.argv[1] if len(sys.argv) > 1 else "models/keywords/frequencies.tsv"
    written = 0
    with open(output, "w", encoding="utf-8") as table:
        table.write(f"# English word frequencies: wordfreq {PINNED_VERSION} 'large' list "
                    "(data CC BY-SA 4.0), built by scripts/build_frequencies.py\n")
        table.write("# word<TAB>zipf (log10 of occurrences per billion words)\n")
        for word in wordfreq.iter_wordlist("en", wordlist="large"):
            if not WORD.match(word):
                continue
            table.write(f"{word}\t{wordfreq.zipf_frequency(word, 'en', wordlist='large'):.2f}\n")
            written += 1
            if written == WORD_COUNT:
                break
    print(f"{output}: {written} words", file=sys.stderr)


if __name__ == "__main__":
    main()
