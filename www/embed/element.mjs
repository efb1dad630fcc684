// <possible-causes>: its life on the page (connected, moved, removed, its
// attributes changed), its methods, and each render: the pre-rendered box,
// the placeholder, the live widget or the notice.
import { base, loadWidget } from './loader.mjs';
import { problem, report, tell } from './notice.mjs';
import { openIn, isPrerendered, enhancePrerendered, commandPrerendered } from './prerendered.mjs';
import { observeUntilWanted } from './lazy.mjs';
import { stateOf, states } from './state.mjs';

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

export function render(element) {
  const state = stateOf(element);
  const root = element.shadowRoot || element.attachShadow({ mode: 'open' });
  // A pre-rendered element (declarative shadow DOM from `possible-causes
  // render`) shows its box, styled by its own <style>, until the wasm
  // takes over; its buttons work in the meantime.
  const prerendered = state.box ? (isPrerendered(state.box) && state.box) : root.querySelector(`.${SHARED.BOX_CLASS}[${SHARED.PRERENDERED_ATTRIBUTE}]`);
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
    styles.integrity = SHARED.STYLES_INTEGRITY;
    styles.crossOrigin = 'anonymous';
    styles.href = base + SHARED.STYLES;
    // A stylesheet that fails to load (or its integrity check) leaves the
    // widget unstyled: sections would show open, so nothing is shown.
    styles.onerror = () => {
      state.stylesFailed = true;
      state.unmount();
      report(element, state.box, [problem(`could not load the widget's stylesheet from ${base}${SHARED.STYLES}`)]);
    };
    root.appendChild(styles);
  }
  const previous = state.box;
  const box = (state.box = document.createElement('div'));
  box.setAttribute('part', 'box');
  if (prerendered) {
    // The live render replaces the pre-rendered box in the task it is
    // made in (Yew renders in a microtask): no frame shows it empty.
    box.className = SHARED.BOX_CLASS;
  } else {
    if (previous) previous.remove();
    box.className = `${SHARED.BOX_CLASS} ${SHARED.PLACEHOLDER_CLASS}`;
    box.setAttribute('aria-busy', 'true');
    root.appendChild(box);
  }
  loadWidget().then((glue) => {
    if (state.box !== box || !element.isConnected || state.stylesFailed) return;
    if (prerendered) reopen = openIn(prerendered).join(' ');
    // Open as the reader left them, without scrolling to them (not `open`).
    if (state.article) reopen = [...state.article.querySelectorAll('details[open][id]')].map((section) => section.id).join(' ');
    box.className = SHARED.BOX_CLASS;
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
    const problems = [problem(`could not load the widget from ${base}: ${error}`)];
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
export class PossibleCausesElement extends HTMLElement {
  static get possibleCauses() { return true; }

  static get observedAttributes() { return SHARED.RENDERING_ATTRIBUTES; }

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
  show(causeId) { return whenLive(this, SHARED.COMMAND_Show, idOf(causeId)); }

  hide(causeId) { return whenLive(this, SHARED.COMMAND_Hide, idOf(causeId)); }

  showAll() { return whenLive(this, SHARED.COMMAND_ShowAll); }

  hideAll() { return whenLive(this, SHARED.COMMAND_HideAll); }

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
