// web_glue.js — the page side of the browser platform (emcc --js-library).
//
// Installs the browser listeners Emscripten's GLFW lacks (paste, wheel, resize,
// visibility), the text sink (below) and window.ArticleExplorer, the JavaScript API of the page:
//   analyze(text) -> analysis JSON string (the page is not touched)
//   current()     -> analysis JSON string of what the page shows now
//   load(text)    -> puts text into the app as if the reader had pasted it
//   export(format)-> the string of an export of what the page shows: "json" (the contract, as
//                    current()), "quotes.csv", "entities.csv", "gexf", "graphml"
//   download(format) -> the same as a file download (and "png": the network picture)
//   openFiles(files) -> as if the files (File objects) had been dropped on the page
//   addArticle(name, text) -> a new article beside the others (a corpus: one merged network)
//   removeArticle(i) -> removes article i; articles() -> [{name, bytes, current}] in order
//   exportFormats -> the formats export() knows in this build; busy() -> an analysis is pending
//   notice()      -> the message the menu bar shows ("" when none)
//   ready / whenReady: true / resolved after the first analysed frame.
// Files: .txt files dropped on the page or chosen with Article > Open… (Ctrl/Cmd+O) replace
// the articles; several at once become several articles, in the order given (a corpus).
// A .json file is a saved analysis and is imported (the other files are then left out, with a
// notice). Downloads are Blob URLs clicked through an <a download>.
// Storage: localStorage["article-explorer.state"] holds main_web.cpp's JSON state; every
// access is guarded (storage full, disabled or refused gives a notice, never an exception).
// Strings cross into WebAssembly through malloc'd UTF-8 buffers (not the 5 MB stack that
// ccall uses), so a 20 MB paste works.
//
// The text sink: a transparent textarea that holds the keyboard focus after a mouse press on
// the canvas and whenever an ImGui text field is active (ae_web_sync_text_input). Whatever
// text the browser puts into it (typed keys, dead keys, AltGr / Option letters, IME
// compositions, insertText) is taken out at once and sent to ImGui (ae_web_text_input);
// while it has focus main_web.cpp drops GLFW's keypress characters, so each character
// arrives once. Line breaks, tabs and the textarea's own undo / delete are ignored: ImGui
// gets those as keys from GLFW. On touch screens it takes focus only for a text field
// (focusing it raises the on-screen keyboard).
mergeInto(LibraryManager.library, {
  ae_web_install__deps: ['malloc', 'free', '$AE'],
  ae_web_install: function () {
    var canvas = Module['canvas'];
    // Calls fn(ptr, byteLength) with `text` as UTF-8 in the wasm heap; returns fn's result.
    function withUtf8(text, fn) {
      text = String(text == null ? '' : text);
      var n = lengthBytesUTF8(text);
      var ptr = _malloc(n + 1);
      try {
        stringToUTF8(text, ptr, n + 1);
        return fn(ptr, n);
      } finally {
        _free(ptr);
      }
    }
    var api = window.ArticleExplorer || (window.ArticleExplorer = {});
    if (!api.whenReady) {
      api.whenReady = new Promise(function (resolve) { api._resolveReady = resolve; });
    }
    api.ready = false;
    api.analyze = function (text) {
      return withUtf8(text, function (p, n) { return UTF8ToString(_ae_web_analyze(p, n)); });
    };
    api.current = function () { return UTF8ToString(_ae_web_current()); };
    api.load = function (text) { withUtf8(text, function (p, n) { _ae_web_load(p, n); }); };
    api.addArticle = function (name, text) {
      withUtf8(name, function (np) { withUtf8(text, function (p, n) { _ae_web_add_article(np, p, n); }); });
    };
    api.removeArticle = function (index) { _ae_web_remove_article(index | 0); };
    api.articles = function () { return JSON.parse(UTF8ToString(_ae_web_articles())); };
    api['export'] = function (format) {
      format = format === undefined ? 'json' : String(format);
      var ptr = withUtf8(format, function (p) { return _ae_web_export(p); });
      if (!ptr) throw new Error('unknown export format: ' + format);
      return UTF8ToString(ptr);
    };
    api.exportFormats = UTF8ToString(_ae_web_export_formats()).split(',');
    api.busy = function () { return _ae_web_busy() !== 0; };
    api.view = function () { return JSON.parse(UTF8ToString(_ae_web_view())); };
    api.notice = function () { return UTF8ToString(_ae_web_current_notice()); };
    var kExportFiles = {
      'json': ['article-explorer-analysis.json', 'application/json'],
      'quotes.csv': ['article-explorer-quotes.csv', 'text/csv;charset=utf-8'],
      'entities.csv': ['article-explorer-entities.csv', 'text/csv;charset=utf-8'],
      'gexf': ['article-explorer-network.gexf', 'application/xml'],
      'graphml': ['article-explorer-network.graphml', 'application/xml'],
    };
    AE.downloadBlob = function (name, blob) {
      var url = URL.createObjectURL(blob);
      var a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.style.display = 'none';
      document.body.appendChild(a);
      a.click();
      setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 2000);
    };
    AE.notice = function (text) { withUtf8(text, function (p) { _ae_web_notice(p); }); };
    api.download = function (format) {
      format = format === undefined ? 'json' : String(format);
      if (format === 'png') {  // read after the next frame; resolves with the PNG Blob
        return new Promise(function (resolve) {
          (AE.pngWaiters = AE.pngWaiters || []).push(resolve);
          _ae_web_request_png();
        });
      }
      var file = kExportFiles[format];
      if (!file) throw new Error('unknown export format: ' + format);
      try {
        AE.downloadBlob(file[0], new Blob([api['export'](format)], { type: file[1] }));
      } catch (err) {
        AE.notice('Export ' + format + ' failed: ' + (err && err.message || err));
      }
    };

    // Files: .json imports a saved analysis, a text file loads as the article.
    var kMaxBytes = 20 * 1024 * 1024;  // App::kMaxArticleBytes
    var isJson = function (f) { return /\.json$/i.test(f.name) || f.type === 'application/json'; };
    var isText = function (f) {
      return /^text\//.test(f.type) || /\.(txt|text|md)$/i.test(f.name) || (!f.type && !/\.[a-z0-9]{1,5}$/i.test(f.name));
    };
    api.openFiles = function (files) {
      files = Array.prototype.slice.call(files || []);
      if (!files.length) return Promise.resolve(false);
      var json = files.filter(isJson)[0];
      var texts = json ? [] : files.filter(isText);
      if (!json && !texts.length) {
        AE.notice(files[0].name + ' is not a text file (.txt) or a saved analysis (.json); the article is unchanged.');
        return Promise.resolve(false);
      }
      var tooLarge = texts.filter(function (f) { return f.size > kMaxBytes; });
      texts = texts.filter(function (f) { return f.size <= kMaxBytes; });
      if ((json && json.size > kMaxBytes) || (!json && !texts.length)) {
        var big = json || tooLarge[0];
        AE.notice(big.name + ' is ' + (big.size / 1048576).toFixed(1) +
            ' MB; Article Explorer takes up to 20 MB. The previous article is kept.');
        return Promise.resolve(false);
      }
      var picked = json ? [json] : texts;
      return Promise.all(picked.map(function (f) { return f.text(); })).then(function (bodies) {
        var ok = true;
        if (json) {
          ok = withUtf8(json.name, function (np) {
            return withUtf8(bodies[0], function (p, n) { return _ae_web_import_json(np, p, n); });
          }) === 1;
        } else {
          // The first file replaces the articles, the others join it: one drop, one corpus.
          picked.forEach(function (f, i) {
            withUtf8(f.name, function (np) {
              withUtf8(bodies[i], function (p, n) { _ae_web_load_file(np, p, n, i > 0 ? 1 : 0); });
            });
          });
        }
        // Say which files were left out (a .json imports alone; files too large or not text).
        var others = files.filter(function (f) { return picked.indexOf(f) < 0; });
        if (ok && others.length) {
          AE.notice('Loaded ' + picked.map(function (f) { return f.name; }).join(', ') + '; not loaded: ' +
              others.map(function (f) { return f.name; }).join(', ') + '.');
        }
        return ok;
      }, function (err) {
        AE.notice('Could not read ' + picked[0].name + ': ' + (err && err.message || err));
        return false;
      });
    };
    var picker = document.createElement('input');
    picker.type = 'file';
    picker.multiple = true;
    picker.accept = '.txt,.text,.md,.json,text/plain,application/json';
    picker.style.display = 'none';
    picker.id = 'ae-file-picker';
    document.body.appendChild(picker);
    picker.addEventListener('change', function () {
      var files = Array.prototype.slice.call(picker.files || []);
      picker.value = '';
      api.openFiles(files);
    });
    AE.openDialog = function () { picker.click(); };

    // Storage: save when the page is hidden or closed (an edit not yet analysed included).
    window.addEventListener('pagehide', function () { _ae_web_flush_state(); });
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') _ae_web_flush_state();
    });

    // Shortcuts the browser would take for itself: Ctrl/Cmd+O open, +E export JSON, +F find.
    window.addEventListener('keydown', function (e) {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      var k = (e.key || '').toLowerCase();
      // The dialog opens after the key event (Chromium ignores a file dialog opened inside the
      // keydown of its own Ctrl+O); the key press's user activation still allows it then.
      if (k === 'o') { e.preventDefault(); setTimeout(AE.openDialog, 0); }
      else if (k === 'e') { e.preventDefault(); api.download('json'); }
      else if (k === 'f') { e.preventDefault(); _ae_web_shortcut(70); }
    }, true);

    // Paste: anywhere on the page. The app decides: into the active text field, else a new article.
    document.addEventListener('paste', function (e) {
      var text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
      if (!text) return;
      e.preventDefault();
      withUtf8(text, function (p, n) { _ae_web_paste(p, n); });
    });
    // Dropping files anywhere: a .txt loads, a .json imports (api.openFiles). A drop is never
    // left to the browser, which would open the file in place of the page.
    window.addEventListener('dragover', function (e) { e.preventDefault(); });
    window.addEventListener('drop', function (e) {
      e.preventDefault();
      var files = e.dataTransfer && e.dataTransfer.files;
      if (files && files.length) api.openFiles(files);
    });
    // Wheel: browser deltas (pixels, lines or pages; positive = down) to ImGui notches
    // (positive = up). One mouse notch is ~100 px in Chromium, 3 lines in Firefox.
    canvas.addEventListener('wheel', function (e) {
      e.preventDefault();
      var k = e.deltaMode === 1 ? 1 / 3 : (e.deltaMode === 2 ? 1 : 1 / 100);
      var clamp = function (v) { return Math.max(-5, Math.min(5, v)); };
      _ae_web_wheel(clamp(-e.deltaX * k), clamp(-e.deltaY * k));
    }, { passive: false });
    canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
    var wake = function () { _ae_web_wake(); };
    window.addEventListener('resize', wake);
    window.addEventListener('focus', wake);
    document.addEventListener('visibilitychange', wake);
    canvas.tabIndex = 0;  // focusable, so keys go to the page and paste fires on it

    // The text sink.
    var sink = document.createElement('textarea');
    sink.id = 'ae-text-sink';
    sink.setAttribute('aria-label', 'Article Explorer text input');
    sink.setAttribute('autocomplete', 'off');
    sink.setAttribute('autocorrect', 'off');
    sink.setAttribute('autocapitalize', 'off');
    sink.setAttribute('spellcheck', 'false');
    sink.tabIndex = -1;
    sink.style.cssText = 'position:fixed;left:0;top:0;width:2px;height:16px;margin:0;padding:0;border:0;' +
        'outline:none;resize:none;overflow:hidden;opacity:0;pointer-events:none;color:transparent;' +
        'background:transparent;caret-color:transparent;font-size:16px;line-height:16px;z-index:-1;';
    document.body.appendChild(sink);
    var composing = false;
    // Text the browser inserts; not line breaks, deletions, the textarea's own undo or a
    // paste (the document's paste listener has it).
    var kTakenInput = { insertText: 1, insertReplacementText: 1, insertCompositionText: 1, insertFromComposition: 1 };
    var take = function () {
      var text = sink.value.replace(/[\u0000-\u001f\u007f]/g, '');
      sink.value = '';
      if (text) withUtf8(text, function (p, n) { _ae_web_text_input(p, n); });
    };
    sink.addEventListener('compositionstart', function () { composing = true; });
    sink.addEventListener('compositionend', function () { composing = false; take(); });
    sink.addEventListener('input', function (e) {
      if (composing || e.isComposing) return;  // the composition's end brings the text
      if (!e.inputType || kTakenInput[e.inputType]) take(); else sink.value = '';
    });
    sink.addEventListener('focus', function () { _ae_web_text_sink_focus(1); });
    sink.addEventListener('blur', function () {
      composing = false;
      sink.value = '';
      _ae_web_text_sink_focus(0);
    });
    var touch = false;  // the last pointer was a finger
    var focusSink = function () {
      if (document.activeElement !== sink) sink.focus({ preventScroll: true });
    };
    canvas.addEventListener('pointerdown', function (e) { touch = e.pointerType === 'touch'; }, true);
    canvas.addEventListener('mousedown', function (e) {
      if (touch) return;
      e.preventDefault();  // keep the focus on the sink rather than the canvas
      focusSink();
    });
    var wantText = false;
    AE.sync = function (want) {
      if (want) {
        focusSink();
      } else if (wantText && touch && document.activeElement === sink) {
        canvas.focus({ preventScroll: true });  // lowers the on-screen keyboard
      }
      wantText = want;
    };
    AE.sink = sink;
    var coarse = window.matchMedia && window.matchMedia('(pointer: coarse)').matches;
    if (coarse) canvas.focus(); else focusSink();
  },

  // Called after every drawn frame with io.WantTextInput.
  ae_web_sync_text_input__deps: ['$AE'],
  ae_web_sync_text_input: function (want) {
    if (AE.sync) AE.sync(want !== 0);
  },

  // ImGui's text cursor (CSS pixels): the sink goes there, so IME candidates appear beside it.
  ae_web_set_ime_pos__deps: ['$AE'],
  ae_web_set_ime_pos: function (x, y) {
    if (!AE.sink) return;
    AE.sink.style.left = Math.max(0, x) + 'px';
    AE.sink.style.top = Math.max(0, y) + 'px';
  },

  // State shared by the functions above.
  $AE: {},

  // ---- storage (main_web.cpp's state JSON) and downloads
  // 0 stored, 1 full (quota), 2 unavailable (disabled, refused, no localStorage).
  ae_web_store_state: function (ptr) {
    var json = UTF8ToString(ptr);
    try {
      window.localStorage.setItem('article-explorer.state', json);
      return 0;
    } catch (err) {
      var full = err && (err.name === 'QuotaExceededError' || err.code === 22 || err.code === 1014);
      return full ? 1 : 2;
    }
  },
  ae_web_stored_state__deps: ['malloc'],
  ae_web_stored_state: function () {
    var json = null;
    try { json = window.localStorage.getItem('article-explorer.state'); } catch (err) {}
    if (!json) return 0;
    var n = lengthBytesUTF8(json);
    var ptr = _malloc(n + 1);
    if (!ptr) return 0;
    stringToUTF8(json, ptr, n + 1);
    return ptr;
  },
  ae_web_forget_state: function () {
    try { window.localStorage.removeItem('article-explorer.state'); } catch (err) {}
  },
  ae_web_open_file_dialog__deps: ['$AE'],
  ae_web_open_file_dialog: function () {
    if (AE.openDialog) AE.openDialog();
  },
  ae_web_download_export: function (ptr) {
    window.ArticleExplorer.download(UTF8ToString(ptr));
  },
  // rgba: width x height pixels, rows bottom-up (glReadPixels); copied now, encoded later.
  ae_web_download_png__deps: ['$AE'],
  ae_web_download_png: function (ptr, width, height) {
    var canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    var ctx = canvas.getContext('2d');
    var image = ctx.createImageData(width, height);
    var row = width * 4;
    for (var y = 0; y < height; y++) {
      var src = ptr + (height - 1 - y) * row;
      image.data.set(HEAPU8.subarray(src, src + row), y * row);
    }
    for (var i = 3; i < image.data.length; i += 4) image.data[i] = 255;  // opaque
    ctx.putImageData(image, 0, 0);
    canvas.toBlob(function (blob) {
      if (blob) AE.downloadBlob('article-explorer-network.png', blob);
      if (AE.pngWaiters) { AE.pngWaiters.forEach(function (f) { f(blob); }); AE.pngWaiters = []; }
    }, 'image/png');
  },

  // The canvas backing store in device pixels; GLFW's idea of the window follows it.
  ae_web_set_canvas_size__deps: ['$GLFW'],
  ae_web_set_canvas_size: function (width, height) {
    var canvas = Module['canvas'];
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    if (GLFW.active) {
      GLFW.active.width = width;
      GLFW.active.height = height;
    }
  },

  ae_web_css_width: function () {
    return Module['canvas'].getBoundingClientRect().width || window.innerWidth;
  },
  ae_web_css_height: function () {
    return Module['canvas'].getBoundingClientRect().height || window.innerHeight;
  },
  ae_web_device_pixel_ratio: function () {
    return window.devicePixelRatio || 1;
  },
  ae_web_is_mac: function () {
    var p = (navigator.userAgentData && navigator.userAgentData.platform) || navigator.platform || '';
    return /mac|iphone|ipad/i.test(p) ? 1 : 0;
  },

  // Copy: the asynchronous clipboard API (allowed on 127.0.0.1 after a key press); a hidden
  // textarea with execCommand('copy') where it is refused.
  ae_web_copy_text__deps: ['$AE'],
  ae_web_copy_text: function (ptr) {
    var text = UTF8ToString(ptr);
    var fallback = function () {
      var ta = document.createElement('textarea');
      ta.value = text;
      ta.setAttribute('readonly', '');
      ta.style.position = 'fixed';
      ta.style.opacity = '0';
      document.body.appendChild(ta);
      ta.select();
      try { document.execCommand('copy'); } catch (err) {}
      document.body.removeChild(ta);
      (AE.sink || Module['canvas']).focus({ preventScroll: true });
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(fallback);
    } else {
      fallback();
    }
  },

  // Start-up timeline for the benchmark (tools/bench_page.mjs): [step, performance.now()].
  ae_web_mark: function (name) {
    var api = window.ArticleExplorer;
    (api.startup = api.startup || []).push([UTF8ToString(name), performance.now()]);
  },
  ae_web_set_ready: function () {
    var api = window.ArticleExplorer;
    api.ready = true;
    if (api._resolveReady) api._resolveReady(api);
    var status = document.getElementById('status');
    if (status) status.style.display = 'none';
  },
});
