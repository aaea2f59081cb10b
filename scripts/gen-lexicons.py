#!/usr/bin/env python3
"""Builds the generated gazetteers in assets/lexicon/ from openly licensed packages.

    scripts/gen-lexicons.py [--npm-dir DIR]

Writes countries.tsv, demonyms.tsv, cities.tsv, regions.tsv, first_names.tsv and
capitals.tsv (the other lists in assets/lexicon/ are hand-curated and edited directly).
Sources (see assets/lexicon/README.md for versions and licences):
  - Debian iso-codes:   /usr/share/iso-codes/json/iso_3166-1.json (countries),
                        iso_3166-2.json (states and provinces of a few federal countries)
  - Debian wamerican:   /usr/share/dict/american-english (common lower-case words, used only
                        to drop first names that are also ordinary words: "will", "may")
  - npm i18n-nationality@1.4.0       (MIT): demonyms per ISO code
  - npm countries-list@3.4.1         (MIT): capital city per ISO code
  - npm gender-detection-from-name@1.11.5 (MIT): first names with gender
  - hand-curated tables in this file: country aliases, extra demonyms, major cities, regions.
The npm packages are fetched with `npm pack` into --npm-dir (a temporary folder by default);
missing Debian packages are installed with apt-get when run as root.
Output is sorted and deterministic: running it twice gives the same bytes.
"""
import argparse, json, os, re, subprocess, sys, tarfile, tempfile, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "assets", "lexicon")
NPM_PACKAGES = ["i18n-nationality@1.4.0", "countries-list@3.4.1", "gender-detection-from-name@1.11.5"]
ISO = "/usr/share/iso-codes/json"
WORDS = "/usr/share/dict/american-english"

# ---------------------------------------------------------------- hand-curated tables
# Canonical short names where ISO's is formal or inverted ("Korea, Republic of").
COUNTRY_CANONICAL = {
    "US": "United States", "GB": "United Kingdom", "RU": "Russia", "KR": "South Korea",
    "KP": "North Korea", "IR": "Iran", "SY": "Syria", "VE": "Venezuela", "BO": "Bolivia",
    "TZ": "Tanzania", "VN": "Vietnam", "LA": "Laos", "MD": "Moldova", "TW": "Taiwan",
    "PS": "Palestine", "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo",
    "VA": "Vatican City", "FM": "Micronesia", "CZ": "Czech Republic", "TR": "Turkey",
    "MK": "North Macedonia", "CI": "Ivory Coast", "BN": "Brunei", "CV": "Cape Verde",
    "FK": "Falkland Islands", "SH": "Saint Helena", "VG": "British Virgin Islands",
    "VI": "US Virgin Islands", "MF": "Saint Martin", "SX": "Sint Maarten",
    "BQ": "Caribbean Netherlands", "CC": "Cocos Islands", "SZ": "Eswatini",
}
# Other names of a country used in news copy.
COUNTRY_ALIASES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "the States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "RU": ["Russian Federation"], "CN": ["PRC", "People's Republic of China"],
    "KR": ["Republic of Korea"], "KP": ["DPRK"], "CD": ["DR Congo", "DRC", "Congo-Kinshasa"],
    "CG": ["Congo-Brazzaville", "Congo"], "CZ": ["Czechia"], "TR": ["Türkiye"],
    "CI": ["Côte d'Ivoire"], "MM": ["Burma"], "SZ": ["Swaziland"], "AE": ["UAE", "Emirates"],
    "NL": ["Holland"], "VA": ["Vatican", "Holy See"], "TL": ["East Timor"],
    "MK": ["Macedonia"], "PS": ["Palestinian Territories"], "VN": ["Viet Nam"],
    "SA": ["KSA"], "NZ": ["NZ"],
}
# Demonyms i18n-nationality lacks or gets wrong; value is the ISO code.
DEMONYM_EXTRA = {
    "American": "US", "Argentine": "AR", "Argentinian": "AR", "Emirati": "AE",
    "Salvadoran": "SV", "Salvadorean": "SV", "Saudi Arabian": "SA", "Bosnian": "BA",
    "Congolese": "CD", "Dominican": "DO", "Ecuadorian": "EC", "Filipina": "PH",
    "Kazakh": "KZ", "Uzbek": "UZ", "Turkmen": "TM", "Kiwi": "NZ", "Briton": "GB",
    "English": "GB", "Scottish": "GB", "Scot": "GB", "Welsh": "GB", "Yemeni": "YE",
    "Palestinian": "PS", "Slovak": "SK", "Vietnamese": "VN", "Burmese": "MM",
    "Mauritanian": "MR", "Nepali": "NP", "Bangladeshi": "BD", "Afghan": "AF",
    "Hong Konger": "HK", "Puerto Rican": "PR", "Greenlandic": "GL", "Sahrawi": "EH",
}
# Demonyms whose plural is not "+s", or which have no plural.
NO_PLURAL_SUFFIXES = ("ese", "ish", "ch", "ss", "sh", "i", "ic")
# Regions, continents and areas (not in ISO 3166).
REGIONS = [
    "Africa", "Asia", "Europe", "North America", "South America", "Latin America",
    "Central America", "Oceania", "Antarctica", "the Arctic", "Arctic", "Middle East",
    "Near East", "Far East", "East Asia", "South Asia", "Southeast Asia", "South-East Asia",
    "Central Asia", "West Africa", "East Africa", "North Africa", "Southern Africa",
    "Sub-Saharan Africa", "Horn of Africa", "Sahel", "Eastern Europe", "Western Europe",
    "Central Europe", "Northern Europe", "Southern Europe", "Scandinavia", "Balkans",
    "Baltics", "Caucasus", "Caribbean", "Mediterranean", "Gulf", "Persian Gulf",
    "Pacific", "Atlantic", "Indian Ocean", "Pacific Ocean", "Atlantic Ocean", "Arctic Ocean",
    "Black Sea", "Red Sea", "Baltic Sea", "North Sea", "South China Sea", "Caspian Sea",
    "Amazon", "Himalayas", "Alps", "Andes", "Sahara", "Siberia", "Patagonia", "Kashmir",
    "Crimea", "Donbas", "Gaza", "Gaza Strip", "West Bank", "Golan Heights", "Kurdistan",
    "Tibet", "Xinjiang", "Catalonia", "Basque Country", "Flanders", "Wallonia", "Bavaria",
    "Sicily", "Sardinia", "Corsica", "Lombardy", "Tuscany", "Andalusia", "Normandy",
    "Brittany", "England", "Scotland", "Wales", "Northern Ireland", "Midlands",
    "Silicon Valley", "Wall Street", "Midwest", "New England", "Deep South", "Rust Belt",
    "Western Hemisphere", "Southern Hemisphere", "Northern Hemisphere",
    "Europe", "Eurozone", "Global South", "Latin America", "Iberia", "Anatolia", "Levant",
]
# Federal countries whose first-level subdivisions are named in news copy.
SUBDIVISION_COUNTRIES = ("US", "CA", "AU", "MX", "IN", "BR", "DE", "NG")
# Major cities beyond national capitals (population of a few millions or frequent in news).
CITIES = [
    "New York", "New York City", "Los Angeles", "Chicago", "Houston", "Phoenix",
    "Philadelphia", "San Antonio", "San Diego", "Dallas", "San Francisco", "Seattle",
    "Boston", "Miami", "Atlanta", "Detroit", "Denver", "Las Vegas", "Baltimore",
    "New Orleans", "Minneapolis", "Portland", "Austin", "Nashville", "Pittsburgh",
    "Cleveland", "St Louis", "Kansas City", "Sacramento", "Orlando", "El Paso", "Tijuana",
    "Ciudad Juarez", "Guadalajara", "Monterrey", "Toronto", "Montreal", "Vancouver",
    "Calgary", "Sao Paulo", "Rio de Janeiro", "Salvador", "Medellin", "Cali", "Guayaquil",
    "Cordoba", "Rosario", "Valparaiso", "Manchester", "Birmingham", "Liverpool", "Glasgow",
    "Edinburgh", "Leeds", "Bristol", "Belfast", "Cardiff", "Oxford", "Cambridge",
    "Hamburg", "Munich", "Frankfurt", "Cologne", "Stuttgart", "Dusseldorf", "Barcelona",
    "Valencia", "Seville", "Bilbao", "Milan", "Naples", "Turin", "Venice", "Florence",
    "Marseille", "Lyon", "Toulouse", "Nice", "Strasbourg", "Geneva", "Zurich", "Basel",
    "Rotterdam", "The Hague", "Antwerp", "Porto", "Gothenburg", "Krakow", "Gdansk",
    "St Petersburg", "Saint Petersburg", "Novosibirsk", "Kharkiv", "Odesa", "Odessa",
    "Lviv", "Mariupol", "Bakhmut", "Istanbul", "Izmir", "Aleppo", "Homs", "Mosul",
    "Basra", "Jeddah", "Mecca", "Medina", "Dubai", "Tel Aviv", "Haifa", "Jerusalem",
    "Gaza City", "Rafah", "Alexandria", "Casablanca", "Lagos", "Kano", "Johannesburg",
    "Cape Town", "Durban", "Mombasa", "Karachi", "Lahore", "Mumbai", "Bombay", "Kolkata",
    "Calcutta", "Chennai", "Bangalore", "Bengaluru", "Hyderabad", "Ahmedabad", "Shanghai",
    "Guangzhou", "Shenzhen", "Wuhan", "Chengdu", "Chongqing", "Tianjin", "Hong Kong",
    "Macau", "Osaka", "Kyoto", "Yokohama", "Busan", "Ho Chi Minh City", "Saigon",
    "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Auckland", "Davos",
]

# Given names that are also ordinary lower-case words but common as names in news copy;
# kept although wamerican lists them (the filter below drops "hope", "bear", "china" ...).
WORD_NAMES = {
    "bill": "m", "billy": "m", "bob": "m", "bobby": "m", "brad": "m", "carol": "f", "chad": "m",
    "chuck": "m", "cliff": "m", "dale": "m", "dawn": "f", "dean": "m", "don": "m", "drew": "m",
    "earl": "m", "ed": "m", "eddy": "m", "frank": "m", "gene": "m", "grace": "f", "guy": "m",
    "hank": "m", "harry": "m", "hazel": "f", "heather": "f", "holly": "f", "iris": "f",
    "ivy": "f", "jack": "m", "jay": "m", "jimmy": "m", "john": "m", "josh": "m", "joy": "f",
    "ken": "m", "lee": "u", "mark": "m", "martin": "m", "matt": "m", "max": "m", "meg": "f",
    "mike": "m", "miles": "m", "nick": "m", "pat": "u", "patty": "f", "penny": "f",
    "peter": "m", "ray": "m", "rick": "m", "rob": "m", "robin": "u", "roger": "m", "rose": "f",
    "ruby": "f", "sally": "f", "sandy": "u", "sue": "f", "terry": "u", "tom": "m", "tony": "m",
    "victor": "m", "violet": "f", "wade": "m", "warren": "m", "will": "m",
}

# ---------------------------------------------------------------- helpers

def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def ensure_debian(path, package):
    if os.path.exists(path):
        return
    if os.geteuid() == 0:
        subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", package], check=True)
    if not os.path.exists(path):
        sys.exit(f"{path} missing: apt-get install {package}")


def npm_fetch(npm_dir):
    """Unpacks each npm package into npm_dir/<name>/package and returns {name: path}."""
    out = {}
    for spec in NPM_PACKAGES:
        name = spec.rsplit("@", 1)[0]
        dest = os.path.join(npm_dir, name)
        if not os.path.isdir(os.path.join(dest, "package")):
            os.makedirs(dest, exist_ok=True)
            tgz = subprocess.run(["npm", "pack", "--silent", spec], cwd=dest, check=True,
                                 stdout=subprocess.PIPE, text=True).stdout.strip().splitlines()[-1]
            with tarfile.open(os.path.join(dest, tgz)) as tf:
                tf.extractall(dest)
        out[name] = os.path.join(dest, "package")
    return out


def write(name, header, rows):
    """rows: {phrase: value}; written sorted by folded phrase, then phrase."""
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as fh:
        for line in header.strip("\n").splitlines():
            fh.write("# " + line + "\n")
        for phrase in sorted(rows, key=lambda p: (fold(p), p)):
            v = rows[phrase]
            fh.write(f"{phrase}\t{v}\n" if v else f"{phrase}\n")
    print(f"{name}: {len(rows)} entries")


def add(rows, phrase, value):
    """Adds phrase unless an entry with the same fold exists (first writer wins)."""
    phrase = phrase.strip()
    if not phrase:
        return
    key = fold(phrase)
    if any(fold(p) == key for p in rows.get("__keys__", ())):
        return
    rows.setdefault("__keys__", set()).add(phrase)
    rows[phrase] = value


def finish(rows):
    rows.pop("__keys__", None)
    return rows

# ---------------------------------------------------------------- builders

def build_countries():
    data = json.load(open(os.path.join(ISO, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    canonical = {}
    rows = {}
    for c in data:
        code = c["alpha_2"]
        name = COUNTRY_CANONICAL.get(code) or c.get("common_name") or c["name"]
        canonical[code] = name
    for c in sorted(data, key=lambda c: c["alpha_2"]):
        code = c["alpha_2"]
        name = canonical[code]
        add(rows, name, "")
        for alias in COUNTRY_ALIASES.get(code, []):
            add(rows, alias, name)
        for other in (c["name"], c.get("common_name"), c.get("official_name")):
            if other and "," not in other and "(" not in other and fold(other) != fold(name):
                add(rows, other, name)
    return finish(rows), canonical


def build_demonyms(nat, canonical):
    rows = {}
    pairs = []
    for code, dem in sorted(json.load(open(os.path.join(nat, "langs", "en.json"),
                                            encoding="utf-8"))["nationalities"].items()):
        if code not in canonical:
            continue
        dem = re.sub(r"\s*\(.*\)", "", dem).strip()
        # i18n-nationality falls back to the place name for some territories: skip those.
        if " " in dem or "," in dem or fold(dem) == fold(canonical[code]) or code == "WF":
            continue
        pairs.append((dem, code))
    pairs += sorted(DEMONYM_EXTRA.items())
    for dem, code in pairs:
        place = canonical[code]
        add(rows, dem, place)
        if not fold(dem).endswith(NO_PLURAL_SUFFIXES + ("s",)):
            add(rows, dem + "s", place)
    return finish(rows)


def build_cities(cl, canonical):
    data = json.load(open(os.path.join(cl, "countries.min.json"), encoding="utf-8"))
    rows, capitals = {}, {}
    for code in sorted(data):
        cap = data[code].get("capital", "")
        if not cap or code not in canonical:
            continue
        for c in cap.split(","):
            c = c.strip()
            if c and fold(c) != fold(canonical[code]):   # city-states: Singapore, Monaco
                add(rows, c, "")
                capitals.setdefault(c, canonical[code])
                short = re.sub(r",? D\.?C\.?$", "", c)   # "Washington D.C." -> "Washington"
                if short != c:
                    add(rows, short, "")
                    capitals.setdefault(short, canonical[code])
    add(rows, "Washington, D.C.", "Washington")
    add(rows, "Washington DC", "Washington")
    for c in CITIES:
        add(rows, c, "")
    return finish(rows), capitals


def build_regions():
    rows = {}
    for r in REGIONS:
        add(rows, r[4:] if r.startswith("the ") else r, "")
    data = json.load(open(os.path.join(ISO, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]
    for s in sorted(data, key=lambda s: s["code"]):
        if s["code"][:2] in SUBDIVISION_COUNTRIES and "parent" not in s:
            name = re.sub(r"\s*\(.*\)", "", s["name"])
            if "," not in name:
                add(rows, name, "")
    return finish(rows)


def build_first_names(gd):
    common = set()
    with open(WORDS, encoding="utf-8") as fh:
        for w in fh:
            w = w.strip()
            if w and w[0].islower():
                common.add(w)
    genders = dict(WORD_NAMES)
    # English first: the first list that has a name decides its gender (en's "Joe" is male
    # even where another list has it unisex). fr is left out: its list is mostly rare names.
    for lang in ("en", "es", "it", "de"):
        text = open(os.path.join(gd, "names", f"{lang}.js"), encoding="utf-8").read()
        for name, g in re.findall(r"\['([^']+)',\s*'(male|female|unisex)'\]", text):
            name = name.strip().lower()
            # Names that are also ordinary words (will, may, rose, mark) make poor evidence;
            # very short strings are mostly initials or noise.
            if len(name) < 3 or name in common or not re.fullmatch(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", name):
                continue
            v = "m" if g == "male" else "f" if g == "female" else "u"
            genders.setdefault(name, v)
    rows = {}
    for name in sorted(genders):
        rows["-".join(p.title() for p in name.split("-"))] = genders[name]
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--npm-dir", help="where to unpack the npm packages (default: a temporary folder)")
    args = ap.parse_args()
    ensure_debian(os.path.join(ISO, "iso_3166-1.json"), "iso-codes")
    ensure_debian(WORDS, "wamerican")
    npm_dir = args.npm_dir or tempfile.mkdtemp(prefix="ae-lexicon-npm-")
    pk = npm_fetch(npm_dir)

    countries, canonical = build_countries()
    write("countries.tsv", """
Countries: ISO 3166-1 names (Debian iso-codes) and their common aliases.
Value: the canonical name when the phrase is an alias. Generated by scripts/gen-lexicons.py.""", countries)
    write("demonyms.tsv", """
Nationalities and demonyms, singular and plural (npm i18n-nationality, MIT, plus a hand list).
Value: the country. Generated by scripts/gen-lexicons.py.""", build_demonyms(pk["i18n-nationality"], canonical))
    cities, capitals = build_cities(pk["countries-list"], canonical)
    write("cities.tsv", """
Cities: national capitals (npm countries-list, MIT) and a hand list of major cities.
Value: canonical name when the phrase is an alias. Generated by scripts/gen-lexicons.py.""", cities)
    write("capitals.tsv", """
National capitals and their country (npm countries-list, MIT): "Washington" may stand for the
United States government. Read by src/core/entities.cpp as a blob. Generated by scripts/gen-lexicons.py.""",
          capitals)
    write("regions.tsv", """
Continents, regions, seas and first-level subdivisions of some federal countries (Debian iso-codes
ISO 3166-2, plus a hand list). Generated by scripts/gen-lexicons.py.""", build_regions())
    write("first_names.tsv", """
Given names with gender m / f / u (npm gender-detection-from-name, MIT; en es fr de it lists),
without names that are common lower-case English words (Debian wamerican). Generated by scripts/gen-lexicons.py.""",
          build_first_names(pk["gender-detection-from-name"]))


if __name__ == "__main__":
    main()
