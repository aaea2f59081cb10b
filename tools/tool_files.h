// tool_files.h — file reading shared by the native training tools (train-tagger,
// word-clusters): a whole file, and a folder of lexicon TSV files parsed as the build does.
// Header-only; not part of the core (the core does no I/O).
#pragma once

#include <dirent.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/lexicon.h"

namespace ae::tools {

// The whole file into *out; false when it cannot be opened.
inline bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// Every *.tsv of `dir`, in name order, through ParseLexicons. Exits with a message naming
// `tool` when the folder cannot be opened.
inline Lexicons LoadLexiconDir(const std::string& dir, const char* tool) {
  std::vector<std::string> names;
  DIR* d = opendir(dir.c_str());
  if (!d) {
    std::fprintf(stderr, "%s: cannot open lexicon directory %s\n", tool, dir.c_str());
    std::exit(1);
  }
  while (dirent* e = readdir(d)) {
    const std::string name = e->d_name;
    if (name.size() > 4 && name.substr(name.size() - 4) == ".tsv") names.push_back(name);
  }
  closedir(d);
  std::sort(names.begin(), names.end());
  std::vector<LexiconFile> files;
  for (const std::string& name : names) {
    LexiconFile f;
    f.name = name;
    ReadFile(dir + "/" + name, &f.content);
    files.push_back(std::move(f));
  }
  return ParseLexicons(files);
}

}  // namespace ae::tools
