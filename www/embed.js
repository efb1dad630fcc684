/* possible-causes embed loader. One classic script: defines <possible-causes>,
    then loads the widget's wasm once, from beside this file, for every element. */
(function () {
  'use strict';
  var TAG = 'possible-causes';
  var GLUE = 'possible-causes.js';
  var WASM = 'possible-causes_bg.wasm';
  var STYLES = 'widget.css';
  // Subresource-integrity hashes, written in by the build (www/finish-build.mjs).
  var GLUE_INTEGRITY = '%GLUE_INTEGRITY%';
  var WASM_INTEGRITY = '%WASM_INTEGRITY%';
  var STYLES_INTEGRITY = '%STYLES_INTEGRITY%';
  // Attributes whose change re-renders the widget (theme is pure CSS).
  var OBSERVED = ['topic', 'department-href', 'heading-level', 'open', 'lang', 'text-error'].concat(
    ('show-all hide-all show hide this-section why what-helps medications doctor-only where-to-go ' +
     'department-link copy-link link-copied copy-this-link source disclaimer reviewed').split(' ').map(function (key) { return 'text-' + key; }));
  var NOTICE = {
    en: "Sorry, this information can't be shown right now.",
    zh: '抱歉，此信息暂时无法显示。'
  };
  var registry = window.customElements;
  if (!registry) return;
  // A second copy of this script, or a page that took the name first, must not break anything.
  var existing = registry.get(TAG);
  if (existing) {
    if (!existing.possibleCauses) console.error('possible-causes: <' + TAG + '> is already defined by another script on this page; the widget cannot start.');
    return;
  }

  var script = document.currentScript || document.querySelector('script[src*="embed.js"]');
  var base = new URL('./', script ? script.src : location.href).href;
  var loading = null;

  function loadWidget() {
    if (!loading) {
      // import() takes no integrity, but it takes the module that a
      // modulepreload with integrity fetched; waiting for that preload keeps
      // import() from fetching the glue unchecked, and its failure is ours.
      var glueChecked = built(GLUE_INTEGRITY) ? new Promise(function (resolve, reject) {
        var preload = document.createElement('link');
        preload.rel = 'modulepreload';
        preload.integrity = GLUE_INTEGRITY;
        preload.crossOrigin = 'anonymous';
        preload.href = base + GLUE;
        preload.onload = resolve;
        preload.onerror = function () { reject(new Error(GLUE + ' failed to load or did not match its integrity hash')); };
        (document.head || document.documentElement).appendChild(preload);
      }) : Promise.resolve();
      // The wasm downloads while the glue does.
      var wasm = fetch(base + WASM, built(WASM_INTEGRITY) ? { integrity: WASM_INTEGRITY } : {});
      wasm.catch(function () { /* reported through the glue's init below */ });
      loading = glueChecked.then(function () { return import(base + GLUE); }).then(function (glue) {
        return glue.default({ module_or_path: wasm }).then(function () {
          return glue;
        });
      });
    }
    return loading;
  }

  function built(integrity) {
    return integrity.charAt(0) !== '%';
  }

  // The one polite sentence a reader sees when there is nothing to show;
  // the details go to the console and the error event.
  function showNotice(element, box) {
    var langOwner = element.closest('[lang]');
    var lang = (langOwner && langOwner.getAttribute('lang') || '').toLowerCase();
    box.className = 'box';
    box.removeAttribute('aria-busy');
    box.textContent = '';
    var notice = document.createElement('p');
    notice.className = 'possible-causes notice';
    notice.setAttribute('role', 'status');
    notice.textContent = element.getAttribute('text-error') || NOTICE[/^zh(-cn|-hans|-sg|$)/.test(lang) ? 'zh' : 'en'];
    box.appendChild(notice);
  }

  // What keeps a widget from showing, for the web team: a console error for
  // each problem, and one error event with the first (message, path) and all
  // of them (errors). The reader sees only the notice.
  function report(element, box, errors) {
    showNotice(element, box);
    errors.forEach(function (error) {
      console.error('possible-causes:', error.path ? error.path + ': ' + error.message : error.message);
    });
    element.dispatchEvent(new CustomEvent(TAG + ':error', {
      bubbles: true, composed: true, detail: { message: errors[0].message, path: errors[0].path, errors: errors }
    }));
  }

  function openIn(box) {
    var open = [];
    var buttons = box.querySelectorAll('.section-button[aria-expanded="true"]');
    for (var i = 0; i < buttons.length; i++) {
      var section = buttons[i].closest('.section');
      if (section) open.push(section.id);
    }
    return open.join(' ');
  }

  // Before the wasm arrives, a pre-rendered box's buttons open and close
  // their sections; the wasm then takes over with those sections open.
  function togglePrerendered(event) {
    var box = event.currentTarget;
    if (!box.hasAttribute('data-prerendered')) return;
    var control = event.target.closest('[data-action="toggle"], [data-action="show-all"]');
    if (!control) return;
    var buttons = control.getAttribute('data-action') === 'toggle'
      ? [control] : box.querySelectorAll('[data-action="toggle"]');
    var opening = control.getAttribute('aria-expanded') !== 'true';
    for (var i = 0; i < buttons.length; i++) {
      var panel = box.querySelector('[id="' + buttons[i].getAttribute('aria-controls') + '"]');
      buttons[i].setAttribute('aria-expanded', String(opening));
      if (panel) {
        if (opening) panel.removeAttribute('hidden');
        else panel.setAttribute('hidden', 'until-found');
      }
    }
    var showAll = box.querySelector('[data-action="show-all"]');
    if (showAll) showAll.setAttribute('aria-expanded', String(!box.querySelector('[data-action="toggle"][aria-expanded="false"]')));
    // A reader who uses it wants it: a lazy widget starts loading now.
    var element = box.getRootNode().host;
    if (element) want(element);
  }

  // loading="lazy": the files are fetched when the element comes within a
  // screen of the viewport, or when a reader reaches it (focus, a tap).
  var nearViewport = null;
  function whenWanted(element) {
    element.waiting = true;
    if (!('IntersectionObserver' in window)) return want(element);
    if (!nearViewport) {
      nearViewport = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) { if (entry.isIntersecting) want(entry.target); });
      }, { rootMargin: '100% 0px' });
    }
    nearViewport.observe(element);
    element.addEventListener('focusin', function () { want(element); }, { once: true });
  }

  function want(element) {
    if (!element.waiting) return;
    element.waiting = false;
    element.wanted = true;
    if (nearViewport) nearViewport.unobserve(element);
    if (element.isConnected) element.render();
  }

  class PossibleCausesElement extends HTMLElement {
    static get possibleCauses() { return true; }

    static get observedAttributes() { return OBSERVED; }

    connectedCallback() {
      // Put back in the task that took it out: a framework moved it. The
      // widget and all the reader did in it stay.
      if (this.leaving) {
        clearTimeout(this.leaving);
        this.leaving = 0;
        return;
      }
      this.render();
    }

    // Chromium's moveBefore() calls this instead of disconnecting and
    // reconnecting the element: nothing to do, the widget moves with it.
    connectedMoveCallback() {}

    disconnectedCallback() {
      // A removal that lasts past this task frees the widget.
      var element = this;
      clearTimeout(this.leaving);
      this.leaving = setTimeout(function () {
        element.leaving = 0;
        if (!element.isConnected) element.unmount();
      }, 0);
    }

    attributeChangedCallback() { if (this.box) this.render(); }

    /** The ids of the sections open now, space-separated. */
    openNow() { return this.box ? openIn(this.box) : ''; }

    unmount() {
      var unmountWidget = this.unmountWidget;
      this.unmountWidget = null;
      if (unmountWidget) {
        try { unmountWidget(); } catch (error) { /* already gone with the wasm instance */ }
      }
    }

    render() {
      var element = this;
      var root = this.shadowRoot || this.attachShadow({ mode: 'open' });
      // A pre-rendered element (declarative shadow DOM from `possible-causes
      // render`) shows its box, styled by its own <style>, until the wasm
      // takes over; its buttons work in the meantime.
      var prerendered = this.box ? this.box.hasAttribute('data-prerendered') && this.box
        : root.querySelector('.box[data-prerendered]');
      if (prerendered && !this.box) {
        this.box = prerendered;
        prerendered.addEventListener('click', togglePrerendered);
      }
      if (prerendered && this.getAttribute('loading') === 'lazy' && !this.wanted) {
        whenWanted(this);
        return;
      }
      // A new render (an attribute changed), or the takeover of a pre-rendered
      // box, keeps the sections the reader opened.
      var reopen = this.openNow();
      this.unmount();
      if (!root.firstChild) {
        var styles = document.createElement('link');
        styles.rel = 'stylesheet';
        if (built(STYLES_INTEGRITY)) {
          styles.integrity = STYLES_INTEGRITY;
          styles.crossOrigin = 'anonymous';
        }
        styles.href = base + STYLES;
        // A stylesheet that fails to load (or its integrity check) leaves the
        // widget unstyled: sections would show open, so nothing is shown.
        styles.onerror = function () {
          element.stylesFailed = true;
          element.unmount();
          report(element, element.box, [{ message: 'could not load the widget\'s stylesheet from ' + base + STYLES, path: '' }]);
        };
        root.appendChild(styles);
      }
      var previous = this.box;
      var box = this.box = document.createElement('div');
      if (prerendered) {
        // The live render replaces the pre-rendered box in the task it is
        // made in (Yew renders in a microtask): no frame shows it empty.
        box.className = 'box';
      } else {
        if (previous) previous.remove();
        box.className = 'box placeholder';
        box.setAttribute('aria-busy', 'true');
        root.appendChild(box);
      }
      loadWidget().then(function (glue) {
        if (element.box !== box || !element.isConnected || element.stylesFailed) return;
        if (prerendered) reopen = openIn(prerendered);
        box.className = 'box';
        box.removeAttribute('aria-busy');
        try {
          element.unmountWidget = glue.mount(element, box, reopen);
          if (prerendered) prerendered.replaceWith(box);
        } catch (problems) {
          if (prerendered) prerendered.replaceWith(box);
          // mount throws the list of what is wrong with the element's topic or settings.
          report(element, box, Array.isArray(problems) ? problems : [{ message: String(problems), path: '' }]);
        }
      }).catch(function (error) {
        if (element.box !== box) return;
        if (prerendered && prerendered.isConnected) prerendered.replaceWith(box);
        report(element, box, [{ message: 'could not load the widget from ' + base + ': ' + error, path: '' }]);
      });
    }
  }

  registry.define(TAG, PossibleCausesElement);
})();
