// ui_state.h — what the reader has chosen, as opposed to what the core found.
//
// The panels read the Analysis (const) and read/write this small struct: selection, hover,
// filters, sort order and the network view. Selection is kept by entity key ("TYPE:name")
// as well as by index, so it survives a re-analysis that reorders the entities.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/label_placement.h"
#include "app/network_layout.h"
#include "imgui.h"

namespace ae::app {

struct NetworkView {
  NetworkLayout layout;
  float zoom = 1.0f;           // on top of the fit-to-panel scale
  float pan_x = 0, pan_y = 0;  // in panel pixels
  int dragged_node = -1;       // node being dragged (pinned), -1 none
  // The fit of layout coordinates to the panel, frozen while a node is dragged so the
  // node stays under the mouse: screen = centre + (p - fit_c) * fit_scale * zoom + pan.
  float fit_scale = 1.0f, fit_cx = 0, fit_cy = 0;
  float fit_stretch_x = 1.0f, fit_stretch_y = 1.0f;  // extra scale of one axis (<= 1.7)
  // The fit follows the layout until the reader pans, zooms, drags or searches (then the
  // picture holds still); a new article, a reset view or a fresh layout follow again.
  bool fit_locked = false;
  uint64_t fit_load_generation = ~0ull;   // App::load_generation() the lock belongs to
  uint64_t fit_layout_iterations = 0;     // layout iterations seen (fewer: a fresh layout)
  // Filters (the panel's toolbar): hidden nodes are not drawn, labelled or hit; an edge is
  // drawn when both ends are shown and its weight reaches min_edge_weight.
  uint32_t hidden_types = 0;   // bit (1 << EntityType) set: that type is hidden
  float min_edge_weight = 1;
  std::string search;          // case-insensitive, in the name or an alias; matches are ringed
  int search_matches = 0;      // nodes matching `search`, last frame
  // What the panel drew last frame: the canvas rectangle in screen pixels (the PNG export
  // crops to it; zero size before the first frame) and the label plates placed.
  ImVec2 panel_min, panel_max;
  int labels_placed = 0;
  std::vector<LabelRect> label_rects;
  // Label text sizes, per entity, for one analysis and font size (-1: not measured yet).
  std::vector<ImVec2> label_sizes;
  uint64_t label_generation = ~0ull;
  float label_font_size = 0;
};

// The article panel: a wrapped reading view with mentions and quotes marked, which turns
// into the editor (ImGui's InputTextMultiline, no word wrap in 1.86) when clicked.
struct ArticleLine {
  uint32_t start = 0, end = 0;  // byte range of one wrapped line in Analysis::text
};
struct ArticleMark {
  Span span;
  int entity = -1;  // index into Analysis::entities
  MentionKind kind = MentionKind::kName;
};
struct ArticleView {
  bool editing = false;
  bool edit_was_active = false;     // the editor has been active since editing began
  int pending_cursor = -1;          // byte offset to put the editor's cursor at, -1 none
  std::vector<ImWchar> carried;     // typed while the editor was being focused (kept, not lost)
  uint64_t load_generation = 0;     // App::load_generation() this view last saw
  // Cached layout of the reading view (rebuilt when the analysis or the width changes).
  uint64_t layout_generation = ~0ull;
  float layout_width = -1, layout_font_size = -1;
  std::vector<ArticleLine> lines;
  std::vector<ArticleMark> marks;   // mentions, by start offset
  std::vector<Span> quote_spans;    // by start offset
  // Following the selection: when UiState's selection changes (by key), the view scrolls to
  // the entity's first mention in the current article; the header's "mention k/n" arrows
  // step through its mentions. Only a change or a step scrolls; the reader's own scrolling
  // is never undone.
  std::string seen_key;             // the selection this view last followed
  int seen_entity = -1;
  int mention_index = 0;            // which of its mentions in this article (0-based); -1: at
  uint32_t mention_anchor = 0;      //   no mention (a quote was shown), the arrows step from here
  int64_t scroll_to = -1;           // byte offset (merged text) to bring into view, -1 none
  int scroll_frames_left = 0;       // a request not honoured within a few frames is dropped
  ImVec2 next_mention_at{-1, -1};   // centre of the "next mention" arrow last frame (tests click it)

  // Scrolls the reading view to `offset` within a few frames (e.g. the quotes panel showing a
  // quote); the arrows then step from there.
  void ShowOffset(uint32_t offset, int frames = 4) {
    mention_index = -1;
    mention_anchor = offset;
    scroll_to = offset;
    scroll_frames_left = frames;
  }
};

struct UiState {
  int selected_entity = -1;          // index into Analysis::entities, -1 none
  std::string selected_key;          // NetworkLayout::KeyOf of the selection
  int hovered_entity = -1;           // set by whichever panel the mouse is over this frame
  int hovered_entity_prev = -1;      // last frame's hover (what the panels highlight)
  int selected_quote = -1;           // index into Analysis::quotes
  std::string quote_filter;
  bool quotes_by_speaker = false;    // quotes panel: grouped under speaker headers, else article order
  std::string entity_filter;
  bool show_pronouns_in_counts = true;
  NetworkView network;
  ArticleView article;
};

}  // namespace ae::app
