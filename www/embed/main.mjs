/* possible-causes embed loader. One classic script, bundled from these
   modules by the build (www/build-steps.mjs): defines <possible-causes>, then
   loads the widget's wasm once, from beside this file, for every element, and
   takes over the CMS-safe articles on the page. docs/architecture.md ("A
   widget's life") is the map. `SHARED.NAME` is what embed.js shares with the
   widget's wasm and the element's description (the markup's names, the
   commands, the attributes, the notice): the build writes each in
   (www/build-steps.mjs, sharedWithTheWidget) and stops on a name it lacks. */
import { PossibleCausesElement } from './element.mjs';
import { takeOverArticles } from './article.mjs';

const registry = window.customElements;
// A second copy of this script, or a page that took the name first, must not break anything.
const existing = registry && registry.get(SHARED.TAG);
if (existing && !existing.possibleCauses) {
  console.error(`possible-causes: <${SHARED.TAG}> is already defined by another script on this page; the widget cannot start.`);
}
if (registry && !existing) {
  registry.define(SHARED.TAG, PossibleCausesElement);
  takeOverArticles();
}
