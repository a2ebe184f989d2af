"""One anchor (a tool users would pick instead of enrich) timed on a JSONL corpus.

Runs inside the benchmark's virtualenv, one anchor per process, so that the parent can read
the process's peak RSS. Loading (imports, model and gazetteer set-up) is timed apart from the
processing of the documents, which are taken in order until all are done or the CPU budget is
spent; the result then says how many documents were done, and rates are measured on those.
Prints one JSON object on stdout.

    venv/bin/python bench/anchors.py spacy --docs corpus.jsonl --gazetteer gaz.tsv --budget 60
"""
import argparse
import contextlib
import json
import re
import sys
import time
from importlib import metadata

WORD_BOUNDARY = re.compile(r"\w")


def load_gazetteer(path):
    """(name, label) pairs from a `name<TAB>label[<TAB>...]` file; '#' lines are comments."""
    entries = []
    with open(path, encoding="utf-8") as file:
        for line in file:
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 2 and fields[0] and not line.startswith("#"):
                entries.append((fields[0], fields[1]))
    return entries


def spacy_pipeline(gazetteer):
    """spaCy 3.8 blank English + sentencizer + EntityRuler (the gazetteer) + pytextrank.

    pytextrank ranks lemmas filtered by part of speech and reads noun chunks; blank English has
    none of these (no lemmatizer, tagger or parser, whose models cannot be downloaded here). A
    minimal component gives each token its lower case as lemma and a part of speech from its
    shape, and noun chunks are switched off, so pytextrank ranks the entity phrases.
    """
    import spacy
    import pytextrank  # noqa: F401  (registers the "textrank" factory)
    from spacy.language import Language

    @Language.component("shape_tags")
    def shape_tags(doc):
        for token in doc:
            token.lemma_ = token.lower_
            token.pos_ = ("PUNCT" if token.is_punct else "NUM" if token.like_num
                          else "PROPN" if token.is_title else "NOUN")
        return doc

    nlp = spacy.blank("en")
    nlp.vocab.get_noun_chunks = None
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns([{"label": label, "pattern": name} for name, label in gazetteer])
    nlp.add_pipe("shape_tags")
    nlp.add_pipe("textrank")

    def run(texts):
        for doc in nlp.pipe(texts, batch_size=32):
            yield len(doc._.phrases)
    return run


def pysbd_segmenter(_):
    import pysbd
    segmenter = pysbd.Segmenter(language="en", clean=False)
    return lambda texts: (len(segmenter.segment(text)) for text in texts)


def aho_corasick(gazetteer):
    """Longest non-overlapping gazetteer matches that start and end on word boundaries."""
    import ahocorasick
    automaton = ahocorasick.Automaton()
    for name, label in gazetteer:
        automaton.add_word(name, (len(name), label))
    automaton.make_automaton()

    def matches(text):
        count = 0
        for end, (length, _) in automaton.iter_long(text):
            start = end - length + 1
            if (start == 0 or not WORD_BOUNDARY.match(text[start - 1])) and \
                    (end + 1 == len(text) or not WORD_BOUNDARY.match(text[end + 1])):
                count += 1
        return count
    return lambda texts: (matches(text) for text in texts)


def yake_extractor(_):
    import yake
    extractor = yake.KeywordExtractor(lan="en", n=3, top=10)
    return lambda texts: (len(extractor.extract_keywords(text)) for text in texts)


class RegexTokenizer:
    """sumy's tokenizer interface without NLTK's punkt data (which only a download gives)."""
    SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘A-Z0-9])|\n\s*\n")
    WORD = re.compile(r"\w+(?:[-'’]\w+)*")

    def to_sentences(self, paragraph):
        return [sentence for sentence in self.SENTENCE_END.split(paragraph) if sentence and sentence.strip()]

    def to_words(self, sentence):
        return self.WORD.findall(sentence)


def sumy_lexrank(_):
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    tokenizer = RegexTokenizer()

    def summarize(text):
        return len(summarizer(PlaintextParser.from_string(text, tokenizer).document, 3))
    return lambda texts: (summarize(text) for text in texts)


ANCHORS = {
    "spacy": (spacy_pipeline, ["spacy", "pytextrank"]),
    "pysbd": (pysbd_segmenter, ["pysbd"]),
    "pyahocorasick": (aho_corasick, ["pyahocorasick"]),
    "yake": (yake_extractor, ["yake"]),
    "sumy-lexrank": (sumy_lexrank, ["sumy"]),
}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("anchor", choices=sorted(ANCHORS))
    parser.add_argument("--docs", required=True, help="JSONL corpus ({id, text} per line)")
    parser.add_argument("--gazetteer", help="name<TAB>label file for the anchors that match names")
    parser.add_argument("--budget", type=float, default=60, help="CPU seconds for processing")
    args = parser.parse_args()

    with contextlib.redirect_stdout(sys.stderr):  # some packages print on import
        result = measure(args)
    json.dump(result, sys.stdout)
    print()


def measure(args):
    build, packages = ANCHORS[args.anchor]
    with open(args.docs, encoding="utf-8") as file:
        texts = [json.loads(line)["text"] for line in file if line.strip()]
    gazetteer = load_gazetteer(args.gazetteer) if args.gazetteer else []

    wall, cpu = time.perf_counter, time.process_time
    load_start = wall()
    run = build(gazetteer)
    sum(run(texts[:1]))
    load_seconds = wall() - load_start

    done_documents = done_bytes = outputs = 0
    wall_start, cpu_start = wall(), cpu()
    for text, produced in zip(texts, run(iter(texts))):
        outputs += produced
        done_documents += 1
        done_bytes += len(text.encode("utf-8"))
        if cpu() - cpu_start > args.budget:
            break
    wall_seconds, cpu_seconds = wall() - wall_start, cpu() - cpu_start

    return {
        "anchor": args.anchor,
        "versions": {package: metadata.version(package) for package in packages},
        "load_seconds": load_seconds,
        "documents": done_documents, "bytes": done_bytes, "outputs": outputs,
        "corpus_documents": len(texts), "corpus_bytes": sum(len(t.encode("utf-8")) for t in texts),
        "wall_seconds": wall_seconds, "cpu_seconds": cpu_seconds,
        "gazetteer_entries": len(gazetteer),
    }


if __name__ == "__main__":
    main()
