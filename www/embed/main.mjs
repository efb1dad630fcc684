/* possible-causes embed loader. One classic script, bundled from these
   modules by the build (www/build-steps.mjs): defines <possible-causes>, then
   loads the widget's wasm once, from beside this file, for every element, and
   takes over the CMS-safe articles on the page. docs/architecture.md ("A
   widget's life") is the map. */
import { TAG } from './tag.mjs';
import { PossibleCausesElement } from './element.mjs';
import { takeOverArticles } from './article.mjs';

const registry = window.customElements;
// A second copy of this script, or a page that took the name first, must not break anything.
const existing = registry && registry.get(TAG);
if (existing && !existing.possibleCauses) {
  console.error(`possible-causes: <${TAG}> is already defined by another script on this page; the widget cannot start.`);
}
if (registry && !existing) {
  registry.define(TAG, PossibleCausesElement);
  takeOverArticles();
}
