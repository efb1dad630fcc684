import { problem, tell } from './notice.mjs';
import { stateOf } from './state.mjs';

// A CMS-safe article (`possible-causes render --snippet cms`): plain HTML
// whose marks say the topic (src/widget/components/plain_article.rs says
// how). Where this script runs, each becomes the widget in its place, with
// the sections its reader opened; one that no longer reads as a topic
// stays as it is, with a console error and an error event.
const ARTICLE = `[${SHARED.ARTICLE_ATTRIBUTE}]`;
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
    const objectKey = child.getAttribute(SHARED.ARTICLE_OBJECT_ATTRIBUTE);
    if (objectKey !== null) {
      put(objectKey, readMarks(child, readJson(child, SHARED.ARTICLE_DATA_ATTRIBUTE)));
      continue;
    }
    Object.assign(object, readJson(child, SHARED.ARTICLE_DATA_ATTRIBUTE));
    const textKey = child.getAttribute(SHARED.ARTICLE_TEXT_ATTRIBUTE);
    if (textKey !== null) put(textKey, child.textContent.replace(/\s+/g, ' ').trim());
    else readMarks(child, object);
  }
  return object;
}

const takenOver = new WeakSet();
function takeOver(article) {
  if (takenOver.has(article)) return;
  takenOver.add(article);
  const element = document.createElement(SHARED.TAG);
  let topic;
  try {
    topic = readMarks(article, readJson(article, SHARED.ARTICLE_DATA_ATTRIBUTE));
    for (const [name, value] of Object.entries(readJson(article, SHARED.ARTICLE_ELEMENT_ATTRIBUTE))) {
      // Only the element's own attributes, as text: whoever edits the
      // article's HTML gains nothing through it (no handler, no style).
      if (!SHARED.ATTRIBUTES.includes(name) || typeof value !== 'string') {
        throw new Error(`${SHARED.ARTICLE_ELEMENT_ATTRIBUTE} names ${JSON.stringify(name)}, which is not an attribute of <${SHARED.TAG}> given as text`);
      }
      element.setAttribute(name, value);
    }
  } catch (error) {
    return tell(article, [problem(`the article cannot become the widget: ${error.message}`)]);
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
    const button = focused && element.shadowRoot.getElementById(`${focused.id}${SHARED.HEADER_SUFFIX}`);
    if (button) button.focus();
  };
  // Shown once it is rendered and styled: never a frame of it unstyled.
  element.addEventListener(`${SHARED.TAG}:ready`, () => {
    const styles = element.shadowRoot.querySelector('link');
    if (styles && !styles.sheet) styles.addEventListener('load', show, { once: true });
    else show();
  }, { once: true });
  element.addEventListener(`${SHARED.TAG}:error`, () => element.remove(), { once: true });
}

/** Takes over the articles on the page now, once it is whole, and as they come. */
export function takeOverArticles() {
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
}
