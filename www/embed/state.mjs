import { render } from './element.mjs';
import { stopObserving } from './lazy.mjs';

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
    stopObserving(this.element);
    if (this.element.isConnected) render(this.element);
  }

  unmount() {
    const { live } = this;
    this.renew();
    if (!live) return;
    try { live.glue.command(live.number, SHARED.COMMAND_Unmount); } catch { /* already gone with the wasm instance */ }
    // Calls not yet on the page go to the widget that follows.
    for (const call of live.pending.splice(0)) call.retry();
  }
}

export const states = new WeakMap();
export function stateOf(element) {
  let state = states.get(element);
  if (!state) states.set(element, (state = new WidgetState(element)));
  return state;
}
