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
    if (!loading && typeof WebAssembly !== 'object') loading = Promise.reject(new Error('this browser runs no WebAssembly'));
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
    notice.setAttribute('part', 'notice');
    notice.setAttribute('role', 'status');
    notice.textContent = element.getAttribute('text-error') || NOTICE[/^zh(-cn|-hans|-sg|$)/.test(lang) ? 'zh' : 'en'];
    // Beside it, whatever the host put inside the element (a link to the
    // article, say): the fallback it wrote for a widget that cannot start.
    box.append(notice, document.createElement('slot'));
  }

  // What keeps a widget from showing, for the web team: a console error for
  // each problem, and one error event with the first (message, path) and all
  // of them (errors). The reader sees only the notice.
  function report(element, box, errors) {
    showNotice(element, box);
    settle(stateOf(element), null);
    tell(element, errors);
  }

  function tell(element, errors) {
    errors.forEach(function (error) {
      console.error('possible-causes:', error.path ? error.path + ': ' + error.message : error.message);
    });
    element.dispatchEvent(new CustomEvent(TAG + ':error', {
      bubbles: true, composed: true, detail: { message: errors[0].message, path: errors[0].path, errors: errors }
    }));
  }

  function openIn(box) {
    var open = [];
    if (!box) return open;
    var buttons = box.querySelectorAll('.section-button[aria-expanded="true"]');
    for (var i = 0; i < buttons.length; i++) {
      var section = buttons[i].closest('.section');
      if (section) open.push(section.id);
    }
    return open;
  }

  // A pre-rendered box's section headers are plain text, so that without
  // JavaScript nothing is announced as a control; with it they become the
  // buttons the live render has (the same attributes, in its order).
  function enhancePrerendered(box) {
    var headers = box.querySelectorAll('span[data-action="toggle"]');
    for (var i = 0; i < headers.length; i++) {
      var header = headers[i];
      var button = document.createElement('button');
      button.type = 'button';
      for (var a = 0; a < header.attributes.length; a++) {
        var attribute = header.attributes[a];
        if (attribute.name !== 'data-controls' && attribute.name !== 'class') button.setAttribute(attribute.name, attribute.value);
      }
      var controls = header.getAttribute('data-controls');
      var panel = box.querySelector('[id="' + controls + '"]');
      button.setAttribute('aria-expanded', String(!!panel && !panel.hasAttribute('hidden')));
      button.setAttribute('aria-controls', controls);
      button.className = header.className;
      while (header.firstChild) button.appendChild(header.firstChild);
      header.replaceWith(button);
    }
    box.addEventListener('click', togglePrerendered);
    // Find-in-page, or a #:~:text= link, reveals a closed panel: its
    // button says so, and the takeover keeps it open.
    box.addEventListener('beforematch', function (event) {
      var button = box.querySelector('[aria-controls="' + event.target.id + '"]');
      if (button && box.hasAttribute('data-prerendered')) setSections(box, [button], true);
    });
  }

  // Opens or closes these section buttons' panels in a pre-rendered box, and
  // keeps "Show all sections" in step.
  function setSections(box, buttons, opening) {
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
  }

  // Before the wasm arrives, or when it never does, a pre-rendered box's
  // buttons open and close their sections; the wasm then takes over with
  // those sections open.
  function togglePrerendered(event) {
    var box = event.currentTarget;
    if (!box.hasAttribute('data-prerendered')) return;
    var control = event.target.closest('[data-action]');
    if (!control) return;
    var action = control.getAttribute('data-action');
    if (action === 'copy-link') return copyByHand(control);
    var buttons = action === 'toggle' ? [control] : box.querySelectorAll('[data-action="toggle"]');
    setSections(box, buttons, control.getAttribute('aria-expanded') !== 'true');
    // A reader who uses it wants it: a lazy widget starts loading now.
    var element = box.getRootNode().host;
    if (element) want(element);
  }

  // "Copy link" needs the wasm; where it has failed to start, the section's
  // link is shown to copy by hand.
  function copyByHand(control) {
    var element = control.getRootNode().host;
    var state = element && states.get(element);
    if (!state || !state.ready.settled) return;
    var section = control.closest('.section');
    var status = control.parentNode.querySelector('.copy-status');
    if (!section || !status) return;
    var link = document.createElement('span');
    link.className = 'copy-url';
    link.textContent = location.href.split('#')[0] + '#' + section.id;
    status.replaceChildren(link);
  }

  // The element's methods on a pre-rendered box whose wasm failed to start.
  function commandPrerendered(box, command, id) {
    var all = box.querySelectorAll('[data-action="toggle"]');
    var buttons = command === 'showAll' || command === 'hideAll' ? all
      : Array.prototype.filter.call(all, function (button) { return button.closest('.section').id === id; });
    if (!buttons.length) {
      console.warn('possible-causes: ' + command + '("' + id + '"): no such section, so nothing changed');
      return;
    }
    setSections(box, buttons, command === 'show' || command === 'showAll');
  }

  // loading="lazy": the files are fetched when the element comes within a
  // screen of the viewport, or when a reader reaches it (focus, a tap), or
  // the page's code calls one of its methods.
  var nearViewport = null;
  function whenWanted(element) {
    stateOf(element).waiting = true;
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
    var state = stateOf(element);
    if (!state.waiting) return;
    state.waiting = false;
    state.wanted = true;
    if (nearViewport) nearViewport.unobserve(element);
    if (element.isConnected) render(element);
  }

  // What embed.js keeps of each element, out of the page's reach: the
  // element's own properties are only those the manifest documents.
  var states = new WeakMap();
  function stateOf(element) {
    var state = states.get(element);
    if (!state) {
      state = { box: null, widget: null, waiting: false, wanted: false, leaving: 0, stylesFailed: false };
      renew(state);
      states.set(element, state);
    }
    return state;
  }

  // `ready` settles when the widget now being rendered is live (`widget`:
  // the glue and the number mount gave it) or has failed (settled, no
  // `widget`); the methods wait for it.
  function renew(state) {
    state.widget = null;
    if (state.ready && !state.ready.settled) return;
    var ready = state.ready = { settled: false };
    ready.promise = new Promise(function (resolve) { ready.resolve = resolve; });
  }

  function settle(state, widget) {
    state.widget = widget;
    state.ready.settled = true;
    state.ready.resolve();
  }

  // Runs `command` once the widget is live (at once, or when it has
  // loaded); the promise settles when its change is on the page.
  function whenLive(element, command, id) {
    var state = stateOf(element);
    if (state.waiting) want(element);
    return state.ready.promise.then(function () {
      if (state.widget) {
        var widget = state.widget;
        return new Promise(function (resolve) {
          // A widget unmounted before this call's render may take the call
          // with it (its app destroyed): unmount hands it on (`retry`).
          var call = { retry: function () { whenLive(element, command, id).then(resolve); } };
          widget.pending.push(call);
          var done = function () {
            var at = widget.pending.indexOf(call);
            if (at < 0) return; // handed on: the next widget's render settles it
            widget.pending.splice(at, 1);
            resolve();
          };
          try {
            widget.glue.command(widget.number, command, id, done);
          } catch (error) {
            // The wasm stopped (it cannot recover from a trap): the page goes on.
            console.error('possible-causes: ' + command + '() failed: ' + error);
            done();
          }
        });
      }
      if (state.ready.settled && state.box && state.box.hasAttribute('data-prerendered')) {
        return commandPrerendered(state.box, command, id);
      }
      if (state.ready.settled) {
        console.warn('possible-causes: ' + command + '() changed nothing: the widget is showing its notice (see the error above).');
        return undefined;
      }
      return whenLive(element, command, id);
    });
  }

  function unmount(state) {
    var widget = state.widget;
    renew(state);
    if (widget) {
      try { widget.glue.command(widget.number, 'unmount'); } catch (error) { /* already gone with the wasm instance */ }
      // Calls not yet on the page go to the widget that follows.
      widget.pending.splice(0).forEach(function (call) { call.retry(); });
    }
  }

  function render(element) {
    var state = stateOf(element);
    var root = element.shadowRoot || element.attachShadow({ mode: 'open' });
    // A pre-rendered element (declarative shadow DOM from `possible-causes
    // render`) shows its box, styled by its own <style>, until the wasm
    // takes over; its buttons work in the meantime.
    var prerendered = state.box ? state.box.hasAttribute('data-prerendered') && state.box
      : root.querySelector('.box[data-prerendered]');
    if (prerendered && !state.box) {
      state.box = prerendered;
      enhancePrerendered(prerendered);
    }
    if (prerendered && element.getAttribute('loading') === 'lazy' && !state.wanted) {
      whenWanted(element);
      return;
    }
    // A new render (an attribute changed), or the takeover of a pre-rendered
    // box, keeps the sections the reader opened.
    var reopen = openIn(state.box).join(' ');
    unmount(state);
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
        state.stylesFailed = true;
        unmount(state);
        report(element, state.box, [{ message: 'could not load the widget\'s stylesheet from ' + base + STYLES, path: '' }]);
      };
      root.appendChild(styles);
    }
    var previous = state.box;
    var box = state.box = document.createElement('div');
    box.setAttribute('part', 'box');
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
      if (state.box !== box || !element.isConnected || state.stylesFailed) return;
      if (prerendered) reopen = openIn(prerendered).join(' ');
      box.className = 'box';
      box.removeAttribute('aria-busy');
      try {
        var number = glue.mount(element, box, reopen);
        if (prerendered) prerendered.replaceWith(box);
        settle(state, { glue: glue, number: number, pending: [] });
      } catch (problems) {
        // mount throws the list of what is wrong with the element's topic or
        // settings; anything else is the wasm failing, as a failed load is.
        if (!Array.isArray(problems)) throw problems;
        if (prerendered) prerendered.replaceWith(box);
        report(element, box, problems);
      }
    }).catch(function (error) {
      if (state.box !== box) return;
      var problems = [{ message: 'could not load the widget from ' + base + ': ' + error, path: '' }];
      if (prerendered && prerendered.isConnected) {
        // What the reader already has stays, and keeps working through embed.js.
        state.box = prerendered;
        settle(state, null);
        return tell(element, problems);
      }
      report(element, box, problems);
    });
  }

  /** <possible-causes>: its attributes, properties, methods, events and parts are in custom-elements.json. */
  class PossibleCausesElement extends HTMLElement {
    static get possibleCauses() { return true; }

    static get observedAttributes() { return OBSERVED; }

    /** The built-in topic's id: the `topic` attribute. */
    get topic() { return this.getAttribute('topic') || ''; }

    set topic(id) {
      if (id == null) this.removeAttribute('topic');
      else this.setAttribute('topic', id);
    }

    /** The ids of the sections open now, in the topic's order. */
    get openSections() {
      var state = states.get(this);
      return state ? openIn(state.box) : [];
    }

    /** Opens one section; the promise settles once the widget shows it. */
    show(causeId) { return whenLive(this, 'show', idOf(causeId)); }

    hide(causeId) { return whenLive(this, 'hide', idOf(causeId)); }

    showAll() { return whenLive(this, 'showAll'); }

    hideAll() { return whenLive(this, 'hideAll'); }

    connectedCallback() {
      var state = stateOf(this);
      // Put back in the task that took it out: a framework moved it. The
      // widget and all the reader did in it stay.
      if (state.leaving) {
        clearTimeout(state.leaving);
        state.leaving = 0;
        return;
      }
      render(this);
    }

    // Chromium's moveBefore() calls this instead of disconnecting and
    // reconnecting the element: nothing to do, the widget moves with it.
    connectedMoveCallback() {}

    disconnectedCallback() {
      // A removal that lasts past this task frees the widget.
      var element = this;
      var state = stateOf(this);
      clearTimeout(state.leaving);
      state.leaving = setTimeout(function () {
        state.leaving = 0;
        if (!element.isConnected) unmount(state);
      }, 0);
    }

    attributeChangedCallback() {
      var state = states.get(this);
      if (state && state.box) render(this);
    }
  }

  function idOf(causeId) {
    return causeId == null ? undefined : String(causeId);
  }

  registry.define(TAG, PossibleCausesElement);
})();
