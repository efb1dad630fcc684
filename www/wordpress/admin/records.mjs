// A topic's record, as the plugin stores it: the topic's JSON and its
// pre-rendered element for every heading level and language, made by the
// tool's `render` (its wasm-bindgen export, in a browser or in Node). The
// release build writes the built-in topics' records with it; wp-admin writes
// the site's, and writes any again that an older version made.
//
// What a page may set for itself is left in the markup as marks that PHP
// fills in on each page, so that the page holds it before any script runs:
// each department link (the page's or the site's department-href, else the
// department's own link, the record's `departmentLinks`) and each of the
// widget's words (the page's `text-*`, else the record's `words` for the
// language). A page's open sections are the record's `sections`: each
// cause's section start tag, closed and open, as render writes them, which
// PHP swaps without knowing how a tag is written. Every mark and tag is
// proven here against render's own markup before a record is made.

/**
 * Characters of Unicode's private use area, which renderRecord refuses in a
 * topic. A department link is the department's id between `link`'s two. A
 * word is its attribute's name, then each of its tokens' values (`{name}`,
 * filled in by the renderer) after `word[2]`, between `word[0]` and `word[1]`.
 */
export const MARKS = { link: ['\uE000', '\uE001'], word: ['\uE002', '\uE003', '\uE004'] };

const [LINK_OPEN, LINK_CLOSE] = MARKS.link;
const [WORD_OPEN, WORD_CLOSE, WORD_FIELD] = MARKS.word;
const marked = (open, close) => new RegExp(`${open}([^${close}]*)${close}`, 'g');

/** The causes of a topic object, as the block lists them. */
const causes = (topic) => topic.groups.flatMap((group) => group.causes.map(({ id, title }) => ({ id, title })));

/** `text` as the renderer writes it in a text node, and in a double-quoted attribute. */
const inText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const inAttribute = (text) => inText(text).replace(/"/g, '&quot;');

/** `content` with its department links filled in from `links` (id → link), as PHP fills them. */
export const fillLinks = (content, links) => content.replace(marked(LINK_OPEN, LINK_CLOSE), (mark, id) => (id in links ? inAttribute(links[id]) : mark));

/**
 * `content` with its words filled in, as PHP fills them: each the page's own
 * (`given`, by attribute) or the language's (`words`: attribute → { word,
 * tokens }), its tokens given the values the mark carries.
 */
export const fillWords = (content, words, given = {}) => content.replace(marked(WORD_OPEN, WORD_CLOSE), (mark, fields) => {
  const [attribute, ...values] = fields.split(WORD_FIELD);
  if (!(attribute in words)) return mark;
  return words[attribute].tokens.reduce((text, token, i) => text.replaceAll(token, values[i]), inText(given[attribute] ?? words[attribute].word));
});

/** Whether every word mark of `content` stands in text, where PHP escapes it as text. */
const wordsInText = (content) => [...content.matchAll(marked(WORD_OPEN, WORD_CLOSE))]
  .every(({ index }) => content.lastIndexOf('>', index) > content.lastIndexOf('<', index));

/** A language's words (attribute → { word, tokens }) and the render options (`textShow`, …) that mark each. */
export function wordsAndMarks(wordsFor, lang) {
  const words = {};
  const options = {};
  for (const { attribute, option, word } of wordsFor(lang)) {
    const tokens = word.match(/\{\w+\}/g) ?? [];
    words[attribute] = { word, tokens };
    options[option] = `${WORD_OPEN}${attribute}${tokens.map((token) => `${WORD_FIELD}${token}`).join('')}${WORD_CLOSE}`;
  }
  return { words, options };
}

/**
 * The start tag where `opened` (the markup with one section open) first
 * differs from `closed` (with none), as each writes it: [closed, open]; null
 * unless the closed one stands once in `closed` and swapping it for the open
 * one makes `opened`.
 */
function sectionTag(closed, opened) {
  let at = 0;
  while (at < closed.length && closed[at] === opened[at]) at += 1;
  const start = closed.lastIndexOf('<', at);
  const tags = [closed, opened].map((markup) => markup.slice(start, markup.indexOf('>', at) + 1));
  const once = closed.indexOf(tags[0]) === start && closed.indexOf(tags[0], start + 1) === -1;
  return once && closed.replace(tags[0], tags[1]) === opened ? tags : null;
}

/**
 * The record of `json` (a topic's JSON text) by the tool's `render`,
 * `departmentToken` (`{department}`) and `wordsFor`. A built-in topic is
 * rendered by its id, so its element names it; the site's carries its JSON
 * inline. Throws an Error naming every problem, or what a mark would break.
 */
export async function renderRecord({ render, departmentToken, wordsFor }, json, { builtIn, widgetBase, headingLevels, languages, version }) {
  const marks = [...MARKS.link, ...MARKS.word];
  if (marks.some((mark) => json.includes(mark))) {
    const names = marks.map((mark) => `U+${mark.codePointAt(0).toString(16).toUpperCase()}`).join(', ');
    throw new Error(`The topic holds one of ${names}: private-use characters the plugin keeps for marking its markup.`);
  }
  const topic = JSON.parse(json);
  const rendered = async (options) => {
    const answer = await render({ ...(builtIn ? { topic: topic.id } : { topicJson: json }), widgetBase, ...options });
    if (answer.problems.length > 0) throw new Error(answer.problems.map((problem) => problem.text).join('\n'));
    return answer.parts;
  };
  const links = { departmentHref: `${LINK_OPEN}${departmentToken()}${LINK_CLOSE}` };

  // Each language's markup with its words marked, where each mark stands in
  // text and, filled in with the language's own words, gives render's markup.
  // Where it cannot (a word the renderer marks with a language of its own),
  // the language keeps its words, and a page's text-* apply once the widget runs.
  const variants = Object.fromEntries(headingLevels.map((level) => [level, {}]));
  const words = {};
  const wordMarksOf = {};
  let jsonLd;
  for (const lang of new Set([topic.lang, ...languages])) {
    const { words: own, options: wordMarks } = wordsAndMarks(wordsFor, lang);
    const plain = {};
    const withMarks = {};
    for (const level of headingLevels) {
      plain[level] = await rendered({ ...links, headingLevel: level, lang });
      withMarks[level] = await rendered({ ...links, ...wordMarks, headingLevel: level, lang });
      jsonLd = plain[level].jsonLd;
    }
    const proven = headingLevels.every((level) => wordsInText(withMarks[level].content)
      && fillWords(withMarks[level].content, own) === plain[level].content);
    words[lang] = proven ? own : null;
    wordMarksOf[lang] = proven ? wordMarks : {};
    for (const level of headingLevels) variants[level][lang] = (proven ? withMarks : plain)[level].content;
  }

  // Each department's own link; and the proof that the link marks stand
  // where the links do and nowhere else: filled in, the record's markup is
  // the markup render makes with none set.
  const [level] = headingLevels;
  const asRendered = await rendered({ headingLevel: level, lang: topic.lang });
  const filled = fillLinks(fillWords(variants[level][topic.lang], words[topic.lang] ?? {}), asRendered.departmentLinks);
  if (filled !== asRendered.content) throw new Error('The department links could not be marked in this topic\'s markup: the plugin would show wrong links.');

  // Each section's start tag, closed and open; found once in every variant, so the swap holds in each.
  const sections = {};
  for (const { id } of causes(topic)) {
    const opened = await rendered({ ...links, ...wordMarksOf[topic.lang], headingLevel: level, lang: topic.lang, open: id });
    const tags = sectionTag(variants[level][topic.lang], opened.content);
    const everywhere = tags && Object.values(variants).flatMap(Object.values).every((content) => content.split(tags[0]).length === 2);
    if (!everywhere) throw new Error(`The section "${id}" could not be found in this topic's markup: the plugin could not open it.`);
    sections[id] = tags;
  }
  return {
    id: topic.id, title: topic.title, lang: topic.lang, builtIn, json, causes: causes(topic),
    departmentLinks: asRendered.departmentLinks, words, sections, version, jsonLd, variants,
  };
}
