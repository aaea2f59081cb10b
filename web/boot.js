// Runs before app.js: the Emscripten Module and the API stub that tests can wait on.
// window.ArticleExplorer exists before the WebAssembly loads, so a test can wait on
// ArticleExplorer.whenReady; src/platform/web/web_glue.js fills in the API.
(function () {
  var api = window.ArticleExplorer = { ready: false };
  api.whenReady = new Promise(function (resolve) { api._resolveReady = resolve; });
})();
var Module = {
  canvas: document.getElementById('canvas'),
  print: function (s) { console.log(s); },
  printErr: function (s) { console.warn(s); },
  onAbort: function (what) {
    var status = document.getElementById('status');
    status.textContent = 'Article Explorer stopped: ' + what;
    status.className = 'error';
    status.style.display = 'flex';
  },
};
Module.canvas.addEventListener('webglcontextlost', function (e) {
  e.preventDefault();
  Module.onAbort('the WebGL context was lost; reload the page');
});
// Create the WebGL2 context now, while the WebAssembly downloads and compiles: a canvas hands
// out its existing context, so Emscripten's glfwCreateWindow later gets this one instead of
// waiting for a new one (50-100 ms with a software renderer, measured). The attributes are
// those Emscripten's GLFW asks for by default (alpha, depth and stencil buffers; no MSAA).
try {
  Module.canvas.getContext('webgl2', { antialias: false, alpha: true, depth: true, stencil: true });
} catch (e) { /* no WebGL2: glfwCreateWindow reports it */ }
// Fetch and compile the WebAssembly now, while app.js is still loading (it would start only
// once app.js has run: ~200 ms later). Only where this script names the file (data-wasm:
// dist/index.html, web/index.html): in the single file the WebAssembly is inside app.js.
// Emscripten's instantiateWasm hook then instantiates the module compiled here.
(function () {
  var self = document.currentScript;
  var url = self && self.getAttribute('data-wasm');
  if (!url || typeof WebAssembly !== 'object' || !WebAssembly.compileStreaming) return;
  var get = function () { return fetch(url, { credentials: 'same-origin' }); };
  var compiled = WebAssembly.compileStreaming(get()).catch(function () {
    // a server without the application/wasm type: compile from the bytes instead
    return get().then(function (r) { return r.arrayBuffer(); }).then(function (b) { return WebAssembly.compile(b); });
  });
  Module.instantiateWasm = function (imports, receive) {
    compiled.then(function (module) {
      return WebAssembly.instantiate(module, imports).then(function (instance) { receive(instance, module); });
    }).catch(function (e) { Module.onAbort('the WebAssembly could not be loaded (' + e + ')'); });
    return {};
  };
})();
