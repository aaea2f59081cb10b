// web_glue.js — the page side of the browser platform (emcc --js-library).
//
// Installs the browser listeners Emscripten's GLFW lacks (paste, wheel, resize,
// visibility) and window.ArticleExplorer, the JavaScript API of the page:
//   analyze(text) -> analysis JSON string (the page is not touched)
//   current()     -> analysis JSON string of what the page shows now
//   load(text)    -> puts text into the app as if the reader had pasted it
//   export(format)-> "json" for now (the other formats come with issue 5)
//   ready / whenReady: true / resolved after the first analysed frame.
// Strings cross into WebAssembly through malloc'd UTF-8 buffers (not the 5 MB stack that
// ccall uses), so a 20 MB paste works.
mergeInto(LibraryManager.library, {
  ae_web_install__deps: ['malloc', 'free'],
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
    canvas.focus();
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
      Module['canvas'].focus();
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
