// web_glue.js — the page side of the browser platform (emcc --js-library).
//
// Installs the browser listeners Emscripten's GLFW lacks (paste, wheel, resize,
// visibility), the text sink (below) and window.ArticleExplorer, the JavaScript API of the page:
//   analyze(text) -> analysis JSON string (the page is not touched)
//   current()     -> analysis JSON string of what the page shows now
//   load(text)    -> puts text into the app as if the reader had pasted it
//   export(format)-> "json" for now (the other formats come with issue 5)
//   ready / whenReady: true / resolved after the first analysed frame.
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
    api['export'] = function (format) {
      if (format === undefined || format === 'json') return api.current();
      throw new Error('export format not supported yet: ' + format);
    };

    // Paste: anywhere on the page. The app decides: into the active text field, else a new article.
    document.addEventListener('paste', function (e) {
      var text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
      if (!text) return;
      e.preventDefault();
      withUtf8(text, function (p, n) { _ae_web_paste(p, n); });
    });
    // Dropping a .txt file loads it (a later issue builds corpora from several).
    canvas.addEventListener('dragover', function (e) { e.preventDefault(); }, true);
    canvas.addEventListener('drop', function (e) {
      var f = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
      if (!f) return;
      e.preventDefault();
      e.stopPropagation();
      f.text().then(function (t) { api.load(t); });
    }, true);
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

  ae_web_set_ready: function () {
    var api = window.ArticleExplorer;
    api.ready = true;
    if (api._resolveReady) api._resolveReady(api);
    var status = document.getElementById('status');
    if (status) status.style.display = 'none';
  },
});
