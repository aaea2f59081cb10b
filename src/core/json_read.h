// json_read.h — contract JSON (shared/spec/analysis-contract.md) back into an Analysis.
//
// What: FromJson reads what ToJson writes (or a saved export, possibly with extra fields:
// unknown keys are ignored, so the contract can grow) and rebuilds the Analysis, text
// included, so that ToJson(FromJson(ToJson(a))) == ToJson(a) byte for byte. Input: JSON text,
// any bytes. Output: the Analysis, or false with a one-line reason in *error for malformed
// or inconsistent input (not JSON, wrong types, spans out of range or off the text, unknown
// entity ids, a mention text that differs from its span). Never throws, never crashes
// (nlohmann's parser runs with exceptions off; every access is type-checked).
// Sentences, paragraphs and tokens are not part of the contract and stay empty.
// Cost: linear in the size of the JSON.
#pragma once

#include <string>
#include <string_view>

#include "analysis.h"

namespace ae {

// Parses contract JSON (as ToJson writes it, or a saved export) back into an Analysis,
// including text. Returns false with a one-line reason in *error on malformed or
// inconsistent input (spans out of range, unknown ids): never throws, never crashes.
bool FromJson(std::string_view json, Analysis* out, std::string* error);

}  // namespace ae
