"""Seeded generator of digest-like news text, written as plain text and as JSON Lines.

Every name, place, headline and sentence comes from the invented vocabulary and templates
below (plus a few well-known agencies and news organisations), so the corpus can be shared and
regenerated anywhere: the same seed and size always give the same bytes. A document is either a
daily digest (title, list of headlines, three to six articles each with a "Source:" block) or a
single article with a byline. Generation streams: memory stays flat for a 1 GB corpus.

    python3 bench/corpus.py --mb 10 --out /tmp/corpus   # writes corpus-...-10MB.{txt,jsonl}
"""
import argparse
import json
import os
import random

GENERATOR_VERSION = 1

FIRST_NAMES = """Amara Bastian Calloway Delphine Emrys Farid Giedre Halvard Ilse Jarek Keziah Lorcan
Maelis Nikolai Odalys Perrin Quillon Rasmus Saoirse Tobiah Ulrike Vesna Wendeline Xaver Yannick
Zoë Anouk Brannoch Cosima Dorian Eluned Florin Gwendal Hesper Ines Joaquín Kasimir Linnea Marisol
Niamh Oskar Priya Renske Soren Thandiwe Uriel Valentina Wilmer""".split()

LAST_NAMES = """Ashgrove Brinkley Carraway Dunmore Eskeland Fairweather Galloway Hartigan Ingleby
Juniper Kettleworth Lindqvist Marchetti Northam Okonkwo Pemberton Quintero Rothwell Sandoval
Thistlewood Underhill Vasquez Whitlock Yardley Zeller Abernathy Blackwood Cordero Delacroix Ellery
Fenwick Grisham Holloway Iversen Jessup Kowalczyk Llewellyn Montague Nakamura Oyelaran Prescott
Radcliffe Sørensen Tremblay Ueda Voss Winterbourne Yilmaz""".split()

COMPANIES = """Norvale Systems|Quillfeather Labs|Brightmoor Telecom|Cobaltline Security|Heronsgate Bank|
Vantablue Software|Marrowind Health|Kestrel Dynamics|Ostrava Cloud|Pinecrest Logistics|Lumenfold AI|
Tidewater Payments|Granitecore Networks|Silverbirch Media|Ambergate Insurance|Driftwood Games|
Foxhollow Robotics|Ironvale Energy|Juniper Ridge Analytics|Copperleaf Retail|Stonebridge Capital|
Blueharbor Airlines|Meridian Wells Pharma|Falconcrest Semiconductors|Windmere Apps""".replace("\n", "").split("|")

PRODUCTS = """ChirpChat|VaultBox|PixelPost|StreamNest|CloudLedger|TalkTrail|SnapFerry|QuickTally|
HomeHalo|RouteWise|MailMarten|ShopSwallow|NoteNimbus|PayPebble|LinkLantern""".replace("\n", "").split("|")

THREAT_GROUPS = """Crimson Lynx|Velvet Typhoon|Sable Hydra|Frostbite Spider|Obsidian Heron|Rusty Mantis|
Glass Viper|Hollow Raven|Ember Jackal|Quartz Kraken""".replace("\n", "").split("|")

MALWARE = """StormCrow|NightLatch|GhostQuill|BrineWorm|TallowLocker|CinderBot|MossRAT|FableStealer|
PaleLoader|VortexKit""".replace("\n", "").split("|")

PLACES = """Port Alder|Kestrelmouth|New Halden|Varnholm|Saint Brevik|Lake Orrin|Caldera Springs|
Westmarch|Dunvegan Bay|Ostrava|Marlowe County|Tessaly|Brackenridge|Eldoria|North Fenwick|Kölnbach|
São Teodoro|Valparo|Ruskin Falls|Greymouth""".replace("\n", "").split("|")

COUNTRIES = """Eldoria|Valmont|Tessaly|Norland|Carpathia|Ardenne|Sorvenia|Kaldera|Maridia|Ostrelia""".replace(
    "\n", "").split("|")

AGENCIES = """Justice Department|Commerce Department|Federal Trade Commission|FBI|
Cybersecurity and Infrastructure Security Agency|European Commission|Securities and Exchange Commission|
Department of Homeland Security|National Data Protection Office|Ministry of Digital Affairs""".replace(
    "\n", "").split("|")

MEDIA = """The Associated Press|Reuters|Bloomberg|The Valmont Herald|Kestrel Daily|The Northam Ledger|
Tech Lantern|The Brightwater Gazette|Signal & Noise|The Morning Wire""".replace("\n", "").split("|")

SECURITY_MEDIA = """Threatpost|Dark Reading|SecurityWeek|BleepingComputer|The Record|Ars Technica""".split("|")

LAWS = """GDPR|Data Shield Act|Consumer Privacy Act|Digital Services Act|Online Safety Act""".split("|")

ROLES = """chief executive|spokesperson|security researcher|senior analyst|chief technology officer|
general counsel|privacy officer|attorney general|company founder|threat intelligence lead""".replace(
    "\n", "").split("|")

WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

TOPICS = """customer records|payment data|login credentials|location history|voice recordings|
medical files|employee emails|browsing histories|biometric templates|tax returns""".replace(
    "\n", "").split("|")

HEADLINES = [
    "{company} Confirms Breach Exposing {n}K {topic_title}",
    "{agency} Sues {company} Over {product} Data Practices",
    "{threat} Hackers Target {place} Utilities With {malware}",
    "{country} Moves to Ban {product} From App Stores",
    "{company} Patches Critical Flaw in {product}",
    "{law} Fine Hits {company} for ${n} Million",
    "Researchers Tie {malware} Campaign to {threat}",
    "{place} Hospital Network Hit by Ransomware",
    "{company} to Acquire {company2} in ${n} Million Deal",
    "{product} Users Warned of Phishing Wave",
]

PARAGRAPH_SENTENCES = [
    "{company} said {weekday} that attackers had accessed {topic} belonging to roughly {n},000 customers.",
    "The intrusion was discovered during a routine audit in {place}, {media} reports.",
    "“We take the security of our users extremely seriously,” {person}, the company’s {role}, said in a statement.",
    "{person}, a {role} at {company2}, told {secmedia} that the flaw had been exploited for weeks.",
    "According to {agency}, the group behind {malware} has been active since at least {year}.",
    "The {agency} said it was reviewing whether the practice violated the {law}.",
    "Officials in {country} did not respond to requests for comment.",
    "{media} first reported the investigation on {weekday}, citing two people familiar with the matter.",
    "The update for {product} fixes {n} vulnerabilities, {k} of them rated critical.",
    "Analysts at {company2} linked the activity to {threat}, a group they believe operates out of {country}.",
    "Shares of {company} fell {k}.{n2}% in early trading after the announcement.",
    "The company said it had notified regulators in {place} and would offer affected users free credit monitoring.",
    "“This is not the first time we have seen {threat} go after critical infrastructure,” {person} said.",
    "A spokesperson for {company} declined to say how many accounts were affected.",
    "Under the {law}, companies must report a breach within 72 hours of discovering it.",
    "Investigators found that the attackers used stolen credentials to reach an internal dashboard.",
    "The ransomware, known as {malware}, encrypts files and demands payment in cryptocurrency.",
    "{person} said the vulnerability affects versions {k}.{n2} and earlier of {product}.",
    "The ban takes effect on {weekday}, officials in {country} said, citing national security concerns.",
    "It was not immediately clear whether any data had been sold on criminal forums.",
    "In a blog post, {company} urged customers to reset their passwords and enable two-factor authentication.",
    "The deal, valued at about €{n} million, still needs approval from the {agency}.",
    "{secmedia} reached out to {company} for comment but did not hear back by press time.",
    "The breach is the {ordinal} to hit a {place} company this year, {media} reports.",
    "Dr. {person} of the University of {place} said the findings were “deeply concerning.”",
    "Mr. {last} and Ms. {last2} were charged with wire fraud and conspiracy, the {agency} said.",
    "The attackers demanded ${n} million — roughly {k} bitcoin at the time — to restore access.",
    "At a press conference in {place}, {person} said the government would “act swiftly.”",
]

ORDINALS = "second third fourth fifth sixth".split()


class Generator:
    """Yields documents (id, text) from a seeded random stream."""

    def __init__(self, seed):
        self.random = random.Random(seed)
        self.number = 0

    def _slots(self):
        r = self.random
        first, last = r.choice(FIRST_NAMES), r.choice(LAST_NAMES)
        company, company2 = r.sample(COMPANIES, 2)
        topic = r.choice(TOPICS)
        return {
            "person": f"{first} {last}", "last": last, "last2": r.choice(LAST_NAMES),
            "company": company, "company2": company2, "product": r.choice(PRODUCTS),
            "threat": r.choice(THREAT_GROUPS), "malware": r.choice(MALWARE), "place": r.choice(PLACES),
            "country": r.choice(COUNTRIES), "agency": r.choice(AGENCIES), "media": r.choice(MEDIA),
            "secmedia": r.choice(SECURITY_MEDIA), "law": r.choice(LAWS), "role": r.choice(ROLES),
            "weekday": r.choice(WEEKDAYS), "topic": topic, "topic_title": topic.title(),
            "n": r.randint(2, 950), "n2": r.randint(1, 9), "k": r.randint(2, 40),
            "year": r.randint(2009, 2025), "ordinal": r.choice(ORDINALS),
        }

    def _headline(self):
        return self.random.choice(HEADLINES).format(**self._slots())

    def _paragraph(self):
        r = self.random
        slots = self._slots()
        return " ".join(template.format(**slots) for template in r.sample(PARAGRAPH_SENTENCES, r.randint(1, 4)))

    def _body(self):
        r = self.random
        return "\n\n".join(self._paragraph() for _ in range(r.randint(3, 7)))

    def _source_block(self):
        r = self.random
        outlets = r.sample(MEDIA + SECURITY_MEDIA, r.randint(1, 3))
        return "Source: " + ", ".join(outlets)

    def _article(self, headline):
        return f"{headline}\n\n{self._body()}\n\n{self._source_block()}"

    def _digest(self):
        r = self.random
        headlines = [self._headline() for _ in range(r.randint(3, 6))]
        month, day = r.randint(1, 12), r.randint(1, 28)
        parts = [f"Privacy & Security Digest ({month}/{day})",
                 "; ".join(headlines) + ". Full stories below."]
        parts += [self._article(headline) for headline in headlines]
        return "\n\n".join(parts)

    def _single_article(self):
        r = self.random
        byline = f"By {r.choice(FIRST_NAMES)} {r.choice(LAST_NAMES)}, {r.choice(MEDIA)}"
        return f"{self._headline()}\n\n{byline}\n\n{self._body()}"

    def documents(self):
        while True:
            self.number += 1
            text = self._digest() if self.random.random() < 0.5 else self._single_article()
            yield f"doc-{self.number}", text


def vocabulary_gazetteer():
    """(name, label) for every name the generator uses: the stand-in gazetteer for the anchors
    when the project has no `models/gazetteers/` yet."""
    rows = [(f"{first} {last}", "PERSON") for first in FIRST_NAMES for last in LAST_NAMES]
    for names, label in ((COMPANIES, "ORG"), (THREAT_GROUPS, "ORG"), (AGENCIES, "ORG"), (MEDIA, "ORG"),
                         (SECURITY_MEDIA, "ORG"), (PRODUCTS, "PRODUCT"), (MALWARE, "PRODUCT"),
                         (PLACES, "GPE"), (COUNTRIES, "GPE"), (LAWS, "LAW")):
        rows += [(name, label) for name in names]
    return sorted(set(rows))


def corpus_paths(directory, megabytes, seed):
    stem = os.path.join(directory, f"corpus-v{GENERATOR_VERSION}-seed{seed}-{megabytes}MB")
    return stem + ".txt", stem + ".jsonl"


def write_corpus(directory, megabytes, seed=8):
    """Writes (or reuses) the corpus of `megabytes` million bytes of text; returns its paths.

    The .txt holds the documents' texts separated by blank lines; the .jsonl one
    {"id", "text"} object per line, the same texts in the same order.
    """
    os.makedirs(directory, exist_ok=True)
    text_path, jsonl_path = corpus_paths(directory, megabytes, seed)
    if os.path.exists(text_path) and os.path.exists(jsonl_path):
        return text_path, jsonl_path
    target = megabytes * 1_000_000
    written = 0
    with open(text_path + ".part", "w", encoding="utf-8") as text_file, \
            open(jsonl_path + ".part", "w", encoding="utf-8") as jsonl_file:
        for identifier, text in Generator(seed).documents():
            if written:
                text_file.write("\n\n")
            text_file.write(text)
            jsonl_file.write(json.dumps({"id": identifier, "text": text}, ensure_ascii=False))
            jsonl_file.write("\n")
            written += len(text.encode("utf-8"))
            if written >= target:
                break
    os.replace(text_path + ".part", text_path)
    os.replace(jsonl_path + ".part", jsonl_path)
    return text_path, jsonl_path


def text_bytes(text_path, documents):
    """Bytes of document text in a corpus: the .txt less the blank lines between documents."""
    return os.path.getsize(text_path) - 2 * (documents - 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=int, default=1, help="million bytes of text")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--out", default="/tmp/enrich-bench/corpus")
    args = parser.parse_args()
    for path in write_corpus(args.out, args.mb, args.seed):
        print(path)


if __name__ == "__main__":
    main()
