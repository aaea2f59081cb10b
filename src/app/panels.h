// panels.h — one function per panel (one .cpp each). Each draws into the current ImGui
// child region, reads the Analysis through the App, keeps its choices in UiState, and
// draws its own empty state.
#pragma once

namespace ae::app {

class App;

void DrawArticlePanel(App& app, double now);  // article_panel.cpp: the editable text
void DrawNetworkPanel(App& app);              // network_panel.cpp: the entity network
void DrawQuotesPanel(App& app);               // quotes_panel.cpp: speaker, quote, cue
void DrawEntitiesPanel(App& app);             // entities_panel.cpp: name, type, mentions, aliases
void DrawFactsPanel(App& app);                // facts_panel.cpp: dates, money, quantities

// Shared helpers (app.cpp).
// A panel title line: bold-ish label and a dim note after it.
void PanelHeader(const char* title, const char* note);
// Selects entity `index` (-1 clears), remembering its key so the choice survives re-analysis.
void SelectEntity(App& app, int index);

}  // namespace ae::app
