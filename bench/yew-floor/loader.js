/* Mounts the Yew floor the way embed.js mounts the widget: a classic script,
   a custom element with a shadow root, the glue imported from beside it. */
(function () {
  'use strict';
  var base = new URL('./', document.currentScript.src).href;
  var loading = null;
  customElements.define('yew-floor', class extends HTMLElement {
    connectedCallback() {
      var root = this.attachShadow({ mode: 'open' });
      var styles = document.createElement('link');
      styles.rel = 'stylesheet';
      styles.href = base + 'widget.css';
      var box = document.createElement('div');
      box.className = 'box';
      root.append(styles, box);
      if (!loading) {
        var wasm = fetch(base + 'yew_floor_bg.wasm'); // downloads while the glue does, as in embed.js
        loading = import(base + 'yew_floor.js').then(function (glue) {
          return glue.default({ module_or_path: wasm }).then(function () { return glue; });
        });
      }
      loading.then(function (glue) { glue.mount(box); });
    }
  });
})();
