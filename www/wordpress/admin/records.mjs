// A topic's record, as the plugin stores it: the topic's JSON and its
// pre-rendered element for every heading level and language, made by the
// tool's `render` (its wasm-bindgen export, in a browser or in Node). The
// release build writes the built-in topics' records with it; wp-admin writes
// the site's, and writes any again that an older version made.
//
// Each department link of the markup is left as a mark that PHP fills in on
// each page: with the page's or the site's department-href, or with the
// department's own link (the record's `departmentLinks`). So department links
// never need a new record, and a page's own department-href holds without
// JavaScript too. A page's open sections are the record's `sections`: each
// cause's section start tag, closed and open, as render writes them, which
// PHP swaps without knowing how a tag is written.

/**
 * A department link in a record's markup is the department's id between these
 * two characters (Unicode's private use area, which no topic's text may hold
 * here: renderRecord refuses one that does).
 */
export const LINK_MARKS = ['\uE000', '\uE001'];

/** The causes of a topic object, as the block lists them. */
const causes = (topic) => topic.groups.flatMap((group) => group.causes.map(({ id, title }) => ({ id, title })));

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

/** `text` as the renderer writes it in a double-quoted attribute. */
const attributeText = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The record of `json` (a topic's JSON text) by the tool's `render` and its
 * `departmentToken` (`{department}`). A built-in topic is rendered by its id,
 * so its element names it; the site's carries its JSON inline. Throws an
 * Error naming every problem, or what the marks would break.
 */
export async function renderRecord({ render, departmentToken }, json, { builtIn, widgetBase, headingLevels, languages, version }) {
  if (LINK_MARKS.some((mark) => json.includes(mark))) {
    const names = LINK_MARKS.map((mark) => `U+${mark.codePointAt(0).toString(16).toUpperCase()}`).join(' or ');
    throw new Error(`The topic holds ${names}, private-use characters the plugin keeps for marking its department links.`);
  }
  const topic = JSON.parse(json);
  const rendered = async (options) => {
    const answer = await render({ ...(builtIn ? { topic: topic.id } : { topicJson: json }), widgetBase, ...options });
    if (answer.problems.length > 0) throw new Error(answer.problems.map((problem) => problem.text).join('\n'));
    return answer.parts;
  };
  const marked = `${LINK_MARKS[0]}${departmentToken()}${LINK_MARKS[1]}`;
  const variants = {};
  let jsonLd;
  for (const level of headingLevels) {
    variants[level] = {};
    for (const lang of new Set([topic.lang, ...languages])) {
      const parts = await rendered({ departmentHref: marked, headingLevel: level, lang });
      variants[level][lang] = parts.content;
      jsonLd = parts.jsonLd;
    }
  }
  // Each department's own link; and the proof that the marks stand where the
  // links do and nowhere else: filled with these links, the marked markup is
  // the markup render makes with them.
  const [level] = headingLevels;
  const own = await rendered({ headingLevel: level, lang: topic.lang });
  const [open, close] = LINK_MARKS;
  const filled = variants[level][topic.lang].replace(new RegExp(`${open}([^${close}]+)${close}`, 'g'), (mark, id) => (id in own.departmentLinks ? attributeText(own.departmentLinks[id]) : mark));
  if (filled !== own.content) throw new Error('The department links could not be marked in this topic\'s markup: the plugin would show wrong links.');
  // Each section's start tag, closed and open; found once in every variant, so the swap holds in each.
  const sections = {};
  for (const { id } of causes(topic)) {
    const opened = await rendered({ departmentHref: marked, headingLevel: level, lang: topic.lang, open: id });
    const tags = sectionTag(variants[level][topic.lang], opened.content);
    const everywhere = tags && Object.values(variants).flatMap(Object.values).every((content) => content.split(tags[0]).length === 2);
    if (!everywhere) throw new Error(`The section "${id}" could not be found in this topic's markup: the plugin could not open it.`);
    sections[id] = tags;
  }
  return {
    id: topic.id, title: topic.title, lang: topic.lang, builtIn, json, causes: causes(topic),
    departmentLinks: own.departmentLinks, sections, version, jsonLd, variants,
  };
}
