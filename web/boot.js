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
