import { stateOf } from './state.mjs';

// loading="lazy": the files are fetched when the element comes within a
// screen of the viewport, or when a reader reaches it (focus, a tap), or
// the page's code calls one of its methods.
let nearViewport = null;
export function observeUntilWanted(element) {
  if (!('IntersectionObserver' in window)) return stateOf(element).want();
  if (!nearViewport) {
    nearViewport = new IntersectionObserver((entries) => {
      for (const entry of entries) if (entry.isIntersecting) stateOf(entry.target).want();
    }, { rootMargin: '100% 0px' });
  }
  nearViewport.observe(element);
  element.addEventListener('focusin', () => stateOf(element).want(), { once: true });
}

/** Stops watching an element that is wanted now. */
export function stopObserving(element) {
  if (nearViewport) nearViewport.unobserve(element);
}
