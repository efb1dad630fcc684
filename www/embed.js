/* possible-causes embed loader. One classic script: defines <possible-causes>,
   then loads the widget's wasm once, from beside this file, for every element.
   docs/architecture.md ("A widget's life") is the map of what follows. */
(() => {
  'use strict';
  const TAG = 'possible-causes';
  const GLUE = 'possible-causes.js';
  const WASM = 'possible-causes_bg.wasm';
  const STYLES = 'widget.css';
  // Subresource-integrity hashes, written in by the build (www/finish-build.mjs).
  const GLUE_INTEGRITY = '%GLUE_INTEGRITY%';
  const WASM_INTEGRITY = '%WASM_INTEGRITY%';
  const STYLES_INTEGRITY = '%STYLES_INTEGRITY%';
  // The attributes whose change renders the widget anew, from the element's
  // description (www/package/element.json), written in by the build.
  const RENDERING_ATTRIBUTES = '%RENDERING_ATTRIBUTES%'.split(' ');
  // The notice in English is text-error's default in the element's
  // description, written in by the build.
  const NOTICE = {
    en: '%ERROR_TEXT%',
    zh: '抱歉，此信息暂时无法显示。',
  };
  const registry = window.customElements;
  if (!registry) return;
  // A second copy of this script, or a page that took the name first, must not break anything.
  const existing = registry.get(TAG);
  if (existing) {
    if (!existing.possibleCauses) console.error(`possible-causes: <${TAG}> is already defined by another script on this page; the widget cannot start.`);
    return;
  }

  const script = document.currentScript || document.querySelector('script[src*="embed.js"]');
  const base = new URL('./', script ? script.src : location.href).href;
  const hashWrittenIn = (integrity) => integrity.charAt(0) !== '%';

  // The glue and the wasm, loaded once for every element; rejects if either
  // fails to arrive, fails its integrity check, or the browser runs no wasm.
  let loading = null;
  function loadWidget() {
    if (loading) return loading;
    if (typeof WebAssembly !== 'object') return (loading = Promise.reject(new Error('this browser runs no WebAssembly')));
    // import() takes no integrity, but it takes the module that a
    // modulepreload with integrity fetched; waiting for that preload keeps
    // import() from fetching the glue unchecked, and its failure is ours.
    const glueChecked = hashWrittenIn(GLUE_INTEGRITY) ? new Promise((resolve, reject) => {
      const preload = document.createElement('link');
      preload.rel = 'modulepreload';
      preload.integrity = GLUE_INTEGRITY;
      preload.crossOrigin = 'anonymous';
      preload.href = base + GLUE;
      preload.onload = resolve;
      preload.onerror = () => reject(new Error(`${GLUE} failed to load or did not match its integrity hash`));
      (document.head || document.documentElement).appendChild(preload);
    }) : Promise.resolve();
    // The wasm downloads while the glue does.
    const wasm = fetch(base + WASM, hashWrittenIn(WASM_INTEGRITY) ? { integrity: WASM_INTEGRITY } : {});
    wasm.catch(() => { /* reported through the glue's init below */ });
    loading = glueChecked
      .then(() => import(base + GLUE))
      .then((glue) => glue.default({ module_or_path: wasm }).then(() => glue));
    return loading;
  }

  // The one polite sentence a reader sees when there is nothing to show;
  // the details go to the console and the error event.
  function showNotice(element, box) {
    const langOwner = element.closest('[lang]');
    const lang = ((langOwner && langOwner.getAttribute('lang')) || '').toLowerCase();
    box.className = 'box';
    box.removeAttribute('aria-busy');
    box.textContent = '';
    const notice = document.createElement('p');
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
    stateOf(element).settle(null);
    tell(element, errors);
  }

  function tell(element, errors) {
    for (const error of errors) console.error('possible-causes:', error.path ? `${error.path}: ${error.message}` : error.message);
    element.dispatchEvent(new CustomEvent(`${TAG}:error`, {
      bubbles: true, composed: true, detail: { message: errors[0].message, path: errors[0].path, errors: errors },
    }));
  }

  const openIn = (box) => (box ? [...box.querySelectorAll('.section-button[aria-expanded="true"]')] : [])
    .map((button) => button.closest('.section'))
    .filter(Boolean)
    .map((section) => section.id);

  const isPrerendered = (box) => Boolean(box) && box.hasAttribute('data-prerendered');

  // A pre-rendered box's sections are native disclosures, which open and
  // close with no script; their headers are plain text. Here each becomes
  // the live render's section: its heading, whose header is the button the
  // live render has (the same attributes, in its order), over its panel,
  // hidden="until-found" while closed.
  function enhancePrerendered(box) {
    // A reader on a section's summary stays on its header.
    const focused = box.getRootNode().activeElement;
    const focusedSection = focused && focused.localName === 'summary' ? focused.parentNode.id : null;
    for (const disclosure of box.querySelectorAll('details.section')) {
      const section = document.createElement('div');
      section.className = disclosure.className;
      section.id = disclosure.id;
      const summary = disclosure.querySelector(':scope > summary');
      if (summary) summary.replaceWith(...summary.childNodes);
      const panel = disclosure.querySelector(':scope > .panel');
      if (panel && !disclosure.open) panel.setAttribute('hidden', 'until-found');
      section.append(...disclosure.childNodes);
      disclosure.replaceWith(section);
    }
    for (const header of box.querySelectorAll('span[data-action="toggle"]')) {
      const button = document.createElement('button');
      button.type = 'button';
      for (const { name, value } of header.attributes) {
        if (name !== 'data-controls' && name !== 'class') button.setAttribute(name, value);
      }
      const controls = header.getAttribute('data-controls');
      const panel = box.querySelector(`[id="${controls}"]`);
      button.setAttribute('aria-expanded', String(Boolean(panel) && !panel.hasAttribute('hidden')));
      button.setAttribute('aria-controls', controls);
      button.className = header.className;
      button.append(...header.childNodes);
      header.replaceWith(button);
      if (focusedSection && button.id === `${focusedSection}-header`) button.focus();
    }
    box.addEventListener('click', togglePrerendered);
    // Find-in-page, or a #:~:text= link, reveals a closed panel: its
    // button says so, and the takeover keeps it open.
    box.addEventListener('beforematch', (event) => {
      const button = box.querySelector(`[aria-controls="${event.target.id}"]`);
      if (button && isPrerendered(box)) setSections(box, [button], true);
    });
  }

  // Opens or closes these section buttons' panels in a pre-rendered box, and
  // keeps "Show all sections" in step.
  function setSections(box, buttons, opening) {
    for (const button of buttons) {
      const panel = box.querySelector(`[id="${button.getAttribute('aria-controls')}"]`);
      button.setAttribute('aria-expanded', String(opening));
      if (!panel) continue;
      if (opening) panel.removeAttribute('hidden');
      else panel.setAttribute('hidden', 'until-found');
    }
    const showAll = box.querySelector('[data-action="show-all"]');
    if (showAll) showAll.setAttribute('aria-expanded', String(!box.querySelector('[data-action="toggle"][aria-expanded="false"]')));
  }

  // Before the wasm arrives, or when it never does, a pre-rendered box's
  // buttons open and close their sections; the wasm then takes over with
  // those sections open.
  function togglePrerendered(event) {
    const box = event.currentTarget;
    if (!isPrerendered(box)) return;
    const control = event.target.closest('[data-action]');
    if (!control) return;
    const action = control.getAttribute('data-action');
    if (action === 'copy-link') return copyByHand(control);
    const buttons = action === 'toggle' ? [control] : box.querySelectorAll('[data-action="toggle"]');
    setSections(box, buttons, control.getAttribute('aria-expanded') !== 'true');
    // A reader who uses it wants it: a lazy widget starts loading now.
    const element = box.getRootNode().host;
    if (element) stateOf(element).want();
  }

  // "Copy link" needs the wasm; where it has failed to start, the section's
  // link is shown to copy by hand.
  function copyByHand(control) {
    const element = control.getRootNode().host;
    const state = element && states.get(element);
    if (!state || !state.ready.settled) return;
    const section = control.closest('.section');
    const status = control.parentNode.querySelector('.copy-status');
    if (!section || !status) return;
    const link = document.createElement('span');
    link.className = 'copy-url';
    link.textContent = `${location.href.split('#')[0]}#${section.id}`;
    status.replaceChildren(link);
  }

  // The element's methods on a pre-rendered box whose wasm failed to start.
  function commandPrerendered(box, command, id) {
    const all = [...box.querySelectorAll('[data-action="toggle"]')];
    const buttons = command === 'showAll' || command === 'hideAll' ? all : all.filter((button) => button.closest('.section').id === id);
    if (!buttons.length) {
      console.warn(`possible-causes: ${command}("${id}"): no such section, so nothing changed`);
      return;
    }
    setSections(box, buttons, command === 'show' || command === 'showAll');
  }

  // loading="lazy": the files are fetched when the element comes within a
  // screen of the viewport, or when a reader reaches it (focus, a tap), or
  // the page's code calls one of its methods.
  let nearViewport = null;
  function observeUntilWanted(element) {
    if (!('IntersectionObserver' in window)) return stateOf(element).want();
    if (!nearViewport) {
      nearViewport = new IntersectionObserver((entries) => {
        for (const entry of entries) if (entry.isIntersecting) stateOf(entry.target).want();
      }, { rootMargin: '100% 0px' });
    }
    nearViewport.observe(element);
    element.addEventListener('focusin', () => stateOf(element).want(), { once: true });
  }

  /**
   * What embed.js keeps of each element, out of the page's reach (the
   * element's own properties are only those the manifest documents).
   *
   * - `box`: the shadow root's box now shown (pre-rendered, placeholder, live, notice);
   * - `lazy`: for loading="lazy", 'waiting' until wanted, then 'wanted';
   * - `live`: the glue, the number `mount` gave and the calls not yet on
   *   the page, while a widget is mounted;
   * - `ready`: settles when the render under way is live or has failed;
   * - `leaving`: the timer of a removal that may be a move;
   * - `article`: the CMS-safe article it is taking over, until it has.
   */
  class WidgetState {
    constructor(element) {
      this.element = element;
      this.box = null;
      this.lazy = null;
      this.live = null;
      this.leaving = 0;
      this.stylesFailed = false;
      this.ready = null;
      this.article = null;
      this.renew();
    }

    // A render begins: the methods wait for its `ready` (a render already
    // awaited keeps its promise, so early calls carry over).
    renew() {
      this.live = null;
      if (this.ready && !this.ready.settled) return;
      const ready = { settled: false };
      ready.promise = new Promise((resolve) => { ready.resolve = resolve; });
      this.ready = ready;
    }

    settle(live) {
      this.live = live;
      this.ready.settled = true;
      this.ready.resolve();
    }

    want() {
      if (this.lazy !== 'waiting') return;
      this.lazy = 'wanted';
      if (nearViewport) nearViewport.unobserve(this.element);
      if (this.element.isConnected) render(this.element);
    }

    unmount() {
      const { live } = this;
      this.renew();
      if (!live) return;
      try { live.glue.command(live.number, 'unmount'); } catch { /* already gone with the wasm instance */ }
      // Calls not yet on the page go to the widget that follows.
      for (const call of live.pending.splice(0)) call.retry();
    }
  }

  const states = new WeakMap();
  function stateOf(element) {
    let state = states.get(element);
    if (!state) states.set(element, (state = new WidgetState(element)));
    return state;
  }

  // Runs `command` once the widget is live (at once, or when it has
  // loaded); the promise settles when its change is on the page.
  async function whenLive(element, command, id) {
    const state = stateOf(element);
    state.want();
    await state.ready.promise;
    const { live } = state;
    if (live) {
      return new Promise((resolve) => {
        // A widget unmounted before this call's render may take the call
        // with it (its app destroyed): unmount hands it on (`retry`).
        const call = { retry: () => whenLive(element, command, id).then(resolve) };
        live.pending.push(call);
        const done = () => {
          const at = live.pending.indexOf(call);
          if (at < 0) return; // handed on: the next widget's render settles it
          live.pending.splice(at, 1);
          resolve();
        };
        try {
          live.glue.command(live.number, command, id, done);
        } catch (error) {
          // The wasm stopped (it cannot recover from a trap): the page goes on.
          console.error(`possible-causes: ${command}() failed: ${error}`);
          done();
        }
      });
    }
    if (state.ready.settled && isPrerendered(state.box)) return commandPrerendered(state.box, command, id);
    if (state.ready.settled) {
      console.warn(`possible-causes: ${command}() changed nothing: the widget is showing its notice (see the error above).`);
      return undefined;
    }
    return whenLive(element, command, id);
  }

  function render(element) {
    const state = stateOf(element);
    const root = element.shadowRoot || element.attachShadow({ mode: 'open' });
    // A pre-rendered element (declarative shadow DOM from `possible-causes
    // render`) shows its box, styled by its own <style>, until the wasm
    // takes over; its buttons work in the meantime.
    const prerendered = state.box ? (isPrerendered(state.box) && state.box) : root.querySelector('.box[data-prerendered]');
    if (prerendered && !state.box) {
      state.box = prerendered;
      enhancePrerendered(prerendered);
    }
    if (prerendered && element.getAttribute('loading') === 'lazy' && state.lazy !== 'wanted') {
      state.lazy = 'waiting';
      observeUntilWanted(element);
      return;
    }
    // A new render (an attribute changed), or the takeover of a pre-rendered
    // box, keeps the sections the reader opened.
    let reopen = openIn(state.box).join(' ');
    state.unmount();
    if (!root.firstChild) {
      const styles = document.createElement('link');
      styles.rel = 'stylesheet';
      if (hashWrittenIn(STYLES_INTEGRITY)) {
        styles.integrity = STYLES_INTEGRITY;
        styles.crossOrigin = 'anonymous';
      }
      styles.href = base + STYLES;
      // A stylesheet that fails to load (or its integrity check) leaves the
      // widget unstyled: sections would show open, so nothing is shown.
      styles.onerror = () => {
        state.stylesFailed = true;
        state.unmount();
        report(element, state.box, [{ message: `could not load the widget's stylesheet from ${base}${STYLES}`, path: '' }]);
      };
      root.appendChild(styles);
    }
    const previous = state.box;
    const box = (state.box = document.createElement('div'));
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
    loadWidget().then((glue) => {
      if (state.box !== box || !element.isConnected || state.stylesFailed) return;
      if (prerendered) reopen = openIn(prerendered).join(' ');
      // Open as the reader left them, without scrolling to them (not `open`).
      if (state.article) reopen = [...state.article.querySelectorAll('details[open][id]')].map((section) => section.id).join(' ');
      box.className = 'box';
      box.removeAttribute('aria-busy');
      try {
        const number = glue.mount(element, box, reopen);
        if (prerendered) prerendered.replaceWith(box);
        state.settle({ glue, number, pending: [] });
      } catch (problems) {
        // mount throws the list of what is wrong with the element's topic or
        // settings; anything else is the wasm failing, as a failed load is.
        if (!Array.isArray(problems)) throw problems;
        if (prerendered) prerendered.replaceWith(box);
        report(element, box, problems);
      }
    }).catch((error) => {
      if (state.box !== box) return;
      const problems = [{ message: `could not load the widget from ${base}: ${error}`, path: '' }];
      if (prerendered && prerendered.isConnected) {
        // What the reader already has stays, and keeps working through embed.js.
        state.box = prerendered;
        state.settle(null);
        return tell(element, problems);
      }
      report(element, box, problems);
    });
  }

  const idOf = (causeId) => (causeId == null ? undefined : String(causeId));

  /** <possible-causes>: its attributes, properties, methods, events and parts are in custom-elements.json. */
  class PossibleCausesElement extends HTMLElement {
    static get possibleCauses() { return true; }

    static get observedAttributes() { return RENDERING_ATTRIBUTES; }

    /** The built-in topic's id: the `topic` attribute. */
    get topic() { return this.getAttribute('topic') || ''; }

    set topic(id) {
      if (id == null) this.removeAttribute('topic');
      else this.setAttribute('topic', id);
    }

    /** The ids of the sections open now, in the topic's order. */
    get openSections() {
      const state = states.get(this);
      return state ? openIn(state.box) : [];
    }

    /** Opens one section; the promise settles once the widget shows it. */
    show(causeId) { return whenLive(this, 'show', idOf(causeId)); }

    hide(causeId) { return whenLive(this, 'hide', idOf(causeId)); }

    showAll() { return whenLive(this, 'showAll'); }

    hideAll() { return whenLive(this, 'hideAll'); }

    connectedCallback() {
      const state = stateOf(this);
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
      const state = stateOf(this);
      clearTimeout(state.leaving);
      state.leaving = setTimeout(() => {
        state.leaving = 0;
        if (!this.isConnected) state.unmount();
      }, 0);
    }

    attributeChangedCallback() {
      const state = states.get(this);
      if (state && state.box) render(this);
    }
  }

  registry.define(TAG, PossibleCausesElement);

  // A CMS-safe article (`possible-causes render --snippet cms`): plain HTML
  // whose marks say the topic (src/widget/components/plain_article.rs says
  // how). Where this script runs, each becomes the widget in its place, with
  // the sections its reader opened; one that no longer reads as a topic
  // stays as it is, with a console error and an error event.
  const ARTICLE = '[data-possible-causes]';
  const readJson = (element, name) => {
    const text = element.getAttribute(name);
    try {
      return text ? JSON.parse(text) : {};
    } catch (error) {
      throw new Error(`${name} of <${element.localName}${element.id ? ` id="${element.id}"` : ''}> is not JSON: ${error.message}`);
    }
  };

  // The topic the marks inside `element` say, into `object`.
  function readMarks(element, object) {
    const put = (key, value) => {
      if (key.endsWith('[]')) (object[key.slice(0, -2)] ||= []).push(value);
      else object[key] = value;
    };
    for (const child of element.children) {
      const objectKey = child.getAttribute('data-pc-object');
      if (objectKey !== null) {
        put(objectKey, readMarks(child, readJson(child, 'data-pc-data')));
        continue;
      }
      Object.assign(object, readJson(child, 'data-pc-data'));
      const textKey = child.getAttribute('data-pc-text');
      if (textKey !== null) put(textKey, child.textContent.replace(/\s+/g, ' ').trim());
      else readMarks(child, object);
    }
    return object;
  }

  const takenOver = new WeakSet();
  function takeOver(article) {
    if (takenOver.has(article)) return;
    takenOver.add(article);
    const element = document.createElement(TAG);
    let topic;
    try {
      topic = readMarks(article, readJson(article, 'data-pc-data'));
      for (const [name, value] of Object.entries(readJson(article, 'data-pc-element'))) element.setAttribute(name, value);
    } catch (error) {
      return tell(article, [{ message: `the article cannot become the widget: ${error.message}`, path: '' }]);
    }
    stateOf(element).article = article;
    const inline = document.createElement('script');
    inline.type = 'application/json';
    inline.textContent = JSON.stringify(topic);
    element.append(inline);
    // Rendered out of sight; shown in the article's place in one step once
    // ready, or taken away again, leaving the article, if it cannot be.
    element.hidden = true;
    article.before(element);
    const show = () => {
      const focused = article.contains(document.activeElement) && document.activeElement.closest('details[id]');
      stateOf(element).article = null;
      article.remove();
      element.hidden = false;
      const button = focused && element.shadowRoot.getElementById(`${focused.id}-header`);
      if (button) button.focus();
    };
    // Shown once it is rendered and styled: never a frame of it unstyled.
    element.addEventListener(`${TAG}:ready`, () => {
      const styles = element.shadowRoot.querySelector('link');
      if (styles && !styles.sheet) styles.addEventListener('load', show, { once: true });
      else show();
    }, { once: true });
    element.addEventListener(`${TAG}:error`, () => element.remove(), { once: true });
  }

  // While the parser still writes the page an article may be half there:
  // they are taken over once it is whole, and those a page adds later (a
  // "load more", a tab, a single-page app's view) as they come.
  const takeOverAll = () => document.querySelectorAll(ARTICLE).forEach(takeOver);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', takeOverAll);
  else takeOverAll();
  new MutationObserver((changes) => {
    if (document.readyState === 'loading') return;
    for (const { addedNodes } of changes) {
      for (const node of addedNodes) {
        if (node.nodeType !== 1) continue;
        if (node.matches(ARTICLE)) takeOver(node);
        else node.querySelectorAll(ARTICLE).forEach(takeOver);
      }
    }
  }).observe(document, { childList: true, subtree: true });
})();
