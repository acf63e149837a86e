#!/usr/bin/env python3
"""Generates rules/gazetteers/states.tsv: one row per ISO 3166-1 country.

Inputs (standard library only, no network):
  1. Debian's iso-codes JSON (package `iso-codes`, LGPL-2.1+):
     /usr/share/iso-codes/json/iso_3166-1.json
  2. The npm package `world-countries` (ODbL 1.0, (c) Mohammed Le Doze):
     its countries.json, installed outside the repository, e.g.
       cd "$(mktemp -d)" && npm install world-countries@5
       python3 <repo>/scripts/gen_states.py node_modules/world-countries/countries.json \
           > <repo>/rules/gazetteers/states.tsv

Usage: gen_states.py WORLD_COUNTRIES_JSON [ISO_3166_1_JSON] > states.tsv

Row format (see rules/gazetteers/README in the header of every .tsv):
  state:<alpha_3> TAB state TAB label TAB alias|alias|...
Aliases: the label, ISO names, official names, common names, filtered
alternative spellings; capitals as metonyms (suffix `*`); English demonyms
(suffix `^`). The output is sorted by id and deterministic.

Curated corrections and additions (historical states, journalists' names,
missing demonyms) belong in rules/gazetteers/states_extra.tsv, not here.
"""

import gzip
import json
import os
import re
import sys
import unicodedata

ISO_DEFAULT = "/usr/share/iso-codes/json/iso_3166-1.json"

# Two-letter codes are dropped from alternative spellings, except these,
# which journalists write as names.
KEEP_SHORT = {"UK", "US"}

# Alternative spellings that are junk as surface forms in English text:
# ordinary words, given names or surnames, acronyms of other things,
# transliterations nobody writes in English.
JUNK_ALIASES = {
    "Island",        # Iceland (Icelandic spelling): an English word
    "Mann",          # Isle of Man: a surname
    "Dominique",     # Dominica (French): a given name
    "Prathet",       # Thailand: means "country"
    "Mexicanos", "Portuguesa", "Viti", "Sarnam", "Sranangron", "Nijar",
    "Zhonghua",      # "Chinese" (adjective), not the country
    "RSA",           # South Africa; in security news RSA is a company/cipher
    "Congo",         # ambiguous between the two Congos
    "Guiana",        # ambiguous (Guyana, French Guiana, the region)
    "Timor",         # the island, shared by two states
    "Abode of Peace", "Emirates",  # Emirates: the airline more often
    "Islands of Bermuda", "Somers Isles", "Pleasant Island",
    "Former Yugoslav Republic of Macedonia",
    "Nippon", "Nihon",  # Japan: start company names ("Nippon Steel")
    "Jersey",           # "New Jersey" far outnumbers the island: see LABELS
}

# Labels other than world-countries' common name, where that name is a word
# of a much more frequent name ("Jersey" in "New Jersey").
LABELS = {"JEY": "Bailiwick of Jersey"}

# Alternative spellings that are adjective/demonym forms: emitted with `^`.
DEMONYM_ALIASES = {"Saudi", "Thai", "Togolese", "Lao"}

# Capitals never used as metonyms: ordinary words, given names, surnames,
# places better known as something else. Brussels stands for the EU far more
# often than for Belgium: its metonym lives on organization:european-union.
SKIP_CAPITALS = {
    "The Valley", "West Island", "Victoria", "City of Victoria", "Hamilton",
    "Douglas", "Stanley", "Plymouth", "Jamestown", "Saint-Denis", "Sofia",
    "Brussels", "Saint John's", "King Edward Point", "Adamstown",
    "Flying Fish Cove", "George Town", "Alofi", "Marigot", "Gustavia",
    "Saint Helier", "St. Peter Port", "Philipsburg", "Road Town",
    "Charlotte Amalie", "Mata-Utu", "Fakaofo", "Basse-Terre", "Saint-Pierre",
    "Cockburn Town", "Longyearbyen", "Mariehamn", "Kralendijk", "The Bottom",
}

# Words of other languages' long forms ("République du Bénin", "Jamhuri ya
# Kenya"): such forms are not English surface forms.
FOREIGN_WORDS = re.compile(
    r"\b(?:République|Republique|República|Republica|Republika|Repubblica|Repubblika|"
    r"Repúblika|Repiblik|Ripablik|Ripublik|Respublika|Respublikasy|Respublïkası|Republiek|"
    r"Jamhuri|Jamhuu\w*|Jumh\w*|Cumhuriyeti|Çumhuriyi|Dawlat|Mamlakat|Al-Mamlakah|Muso|"
    r"Matanitu|Koninkrijk|Royaume|Reino|Königreich|Kongerike[tn]|Kongeriget|Konungariket|"
    r"Fürstentum|Principauté|Principat|Grand-Duché|Großherzogtum|Groussherzogtum|"
    r"Bundesrepublik|Estado|Stato|Lýðveldið|Collectivité|Territoire|Département|Bailliage|"
    r"Ratcha|Sathalanalat|Loktāntrik|Islāmī|Gônôprôjatôntri|Pyidaunzu|Chosŏn|Zhōnghuá|"
    r"Medīnat|Jomhuri-ye|Umbuso|Independen|Estados|Lefatshe|Udzima|Union des)\b")

# Letters with macron or breve mark scholarly transliterations ("Pākistān"),
# which English news does not use.
def scholarly(s):
    for ch in s:
        d = unicodedata.decomposition(ch)
        if "0304" in d or "0306" in d or "0323" in d:
            return True
    return False


LEADING_THE = re.compile(r"^(?:the|The) ")
INVERTED = re.compile(r", .* of(?: the)?$")


def latin_ok(s):
    """True if s uses only Latin-1/Latin Extended-A letters and name punctuation."""
    for ch in s:
        o = ord(ch)
        if ch.isascii():
            if not (ch.isalnum() or ch in " .'-&"):
                return False
        elif 0xC0 <= o <= 0x17F and o not in (0xD7, 0xF7):
            continue
        elif ch in "\u2019":
            continue
        else:
            return False
    return True


def clean_name(s):
    """Normalizes one candidate surface form; returns list of forms (maybe empty)."""
    s = " ".join(s.split())
    if not s:
        return []
    out = []
    m = re.match(r"^(.*\S) \(([^()]+)\)$", s)
    if m:
        base, inner = m.group(1), m.group(2)
        out.extend(clean_name(base))
        if not inner.endswith(" part"):
            out.extend(clean_name(inner))
        return out
    if "(" in s or ")" in s:
        return []
    if INVERTED.search(s):
        return []
    if ", " in s and len(s.split(", ")[-1].split()) <= 1:
        return []  # "Virgin Islands, British"
    s = LEADING_THE.sub("", s)
    if not s or not s[0].isupper():
        return []
    if not latin_ok(s) or scholarly(s) or FOREIGN_WORDS.search(s):
        return []
    if s in JUNK_ALIASES:
        return []
    if len(s) <= 2 and s not in KEEP_SHORT:
        return []
    return [s]


def debian_version(package):
    """Version of an installed Debian package, read from its changelog, or '?'."""
    path = "/usr/share/doc/%s/changelog.Debian.gz" % package
    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            m = re.match(r"\S+ \(([^)]+)\)", f.readline())
            return m.group(1) if m else "?"
    except OSError:
        return "?"


# Demonyms with no regular English plural ("the Burkinabe", "the Basotho").
NO_PLURAL = {"Burkinabe", "Motswana", "Mosotho", "Malagasy", "Ni-Vanuatu", "I-Kiribati", "Kirghiz",
             "Lao", "Manx"}


def plural(demonym):
    """Regular plural of a demonym noun ("Russian" -> "Russians"), or None
    for adjective-only forms ("Chinese", "British", "French", "Swiss")."""
    if demonym in NO_PLURAL or demonym.endswith(("ese", "ish", "ch", "ss", "sh", "x", "z", "-")):
        return None
    return demonym + "s"


def split_demonym(d):
    parts = re.split(r", | or ", d or "")
    return [p.strip() for p in parts if p.strip()]


def main(argv):
    if len(argv) < 2:
        sys.stderr.write(__doc__)
        return 1
    wc_path = argv[1]
    iso_path = argv[2] if len(argv) > 2 else ISO_DEFAULT
    with open(wc_path, encoding="utf-8") as f:
        wc = {c["cca3"]: c for c in json.load(f)}
    with open(iso_path, encoding="utf-8") as f:
        iso = {c["alpha_3"]: c for c in json.load(f)["3166-1"]}
    wc_version = "?"
    pkg = os.path.join(os.path.dirname(os.path.abspath(wc_path)), "package.json")
    if os.path.exists(pkg):
        with open(pkg, encoding="utf-8") as f:
            wc_version = json.load(f).get("version", "?")

    # Pass 1: raw names, capitals and demonyms per ISO country.
    entries = {}
    for a3 in sorted(iso):
        i = iso[a3]
        c = wc.get(a3, {})
        label = (LABELS.get(a3) or c.get("name", {}).get("common") or i.get("common_name")
                 or i["name"])
        names = [label]
        names += clean_name(i["name"])
        for key in ("official_name", "common_name"):
            if key in i:
                names += clean_name(i[key])
        if c:
            names += clean_name(c["name"]["official"])
            native_official = {n.get("official") for n in c["name"].get("native", {}).values()}
            for alt in c.get("altSpellings", []):
                if alt in native_official and alt not in (i["name"], i.get("official_name")):
                    continue  # native-language long forms: not English surface forms
                names += clean_name(alt)
        demonyms = []
        eng = c.get("demonyms", {}).get("eng", {}) if c else {}
        for d in (eng.get("m"), eng.get("f")):
            for p in split_demonym(d):
                if p not in demonyms:
                    demonyms.append(p)
        for n in list(names):
            if n in DEMONYM_ALIASES:
                names.remove(n)
                if n not in demonyms:
                    demonyms.append(n)
        seen = set()
        uniq = []
        for n in names:
            if n not in seen:
                seen.add(n)
                uniq.append(n)
        entries[a3] = {
            "label": label,
            "names": uniq,
            "capitals": [x for x in (c.get("capital", []) if c else []) if x],
            "demonyms": demonyms,
            "independent": bool(c.get("independent")) if c else False,
        }

    # Names used by any entity: capitals equal to a name are not metonyms.
    all_names = {}
    for a3, e in entries.items():
        for n in e["names"]:
            all_names.setdefault(n, set()).add(a3)

    def owners(field):
        m = {}
        for a3, e in entries.items():
            for x in e[field]:
                m.setdefault(x, []).append(a3)
        return m

    def keep_shared(value, holders, a3):
        """A value shared by several entities stays only with the one independent state."""
        if len(holders) == 1:
            return True
        indep = [h for h in holders if entries[h]["independent"]]
        return len(indep) == 1 and indep[0] == a3

    name_owners = owners("names")
    for a3, e in entries.items():
        e["names"] = [e["label"]] + [n for n in e["names"][1:]
                                     if keep_shared(n, name_owners[n], a3)]
    cap_owners = owners("capitals")
    dem_owners = owners("demonyms")

    rows = []
    for a3 in sorted(entries):
        e = entries[a3]
        aliases = list(e["names"])
        for cap in e["capitals"]:
            if cap in SKIP_CAPITALS or cap in all_names:
                continue
            if not latin_ok(cap) or scholarly(cap) or not keep_shared(cap, cap_owners[cap], a3):
                continue
            aliases.append(cap + "*")
        for d in e["demonyms"]:
            if d in all_names or not keep_shared(d, dem_owners[d], a3):
                continue
            aliases.append(d + "^")
            p = plural(d)
            if p and p not in all_names and keep_shared(d, dem_owners[d], a3):
                aliases.append(p + "^")
        rows.append("\t".join(["state:" + a3, "state", e["label"], "|".join(aliases)]))

    iso_version = debian_version("iso-codes")
    out = sys.stdout
    out.write(HEADER.format(wc_version=wc_version, iso_version=iso_version, count=len(rows)))
    for r in rows:
        out.write(r + "\n")
    return 0


HEADER = """\
# states.tsv -- GENERATED by scripts/gen_states.py; do not edit by hand.
# Curated corrections and additions go to states_extra.tsv (same ids).
#
# Holds: one row per ISO 3166-1 country or territory ({count} rows): its name,
# official and alternative names, capitals as metonyms and English demonyms.
#
# Sources and licences:
#   - ISO 3166-1 codes and names from Debian's iso-codes package {iso_version}
#     (/usr/share/iso-codes/json/iso_3166-1.json), LGPL-2.1-or-later.
#   - Common names, alternative spellings, capitals and demonyms from
#     "world-countries" {wc_version} by Mohammed Le Doze
#     (https://github.com/mledoze/countries), made available under the
#     Open Database License (ODbL) 1.0,
#     https://opendatacommons.org/licenses/odbl/1.0/ . This file is a
#     derived database and is likewise available under the ODbL 1.0.
#
# Regenerate (needs npm once; the project itself builds without it):
#   cd "$(mktemp -d)" && npm install world-countries@5
#   python3 REPO/scripts/gen_states.py node_modules/world-countries/countries.json \\
#       > REPO/rules/gazetteers/states.tsv
#
# Columns (TAB-separated; trailing empty columns omitted):
#   id  type  label  aliases  valid_from  valid_to
#   id: state:<ISO 3166-1 alpha-3>; label: common English name;
#   aliases: `|`-separated surface forms, case as written; suffix `*` marks a
#   capital standing for the state only when it acts (metonym); suffix `^`
#   an adjective/demonym form, with the regular plural of the noun
#   ("Russian^|Russians^"; none for "Chinese", "British", "Swiss").
# Filtering: native-language official names, non-Latin scripts, two-letter
# codes (except UK, US), catalogue forms ("Korea, Republic of") and a short
# junk list are dropped; a capital or demonym shared by several entries stays
# with the single independent state among them (or with none); capitals that
# are ordinary words or given names, or equal a country name, are skipped.
"""

if __name__ == "__main__":
    sys.exit(main(sys.argv))
