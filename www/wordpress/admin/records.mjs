// A topic's record, as the plugin stores it: the topic's JSON and its
// pre-rendered element for every heading level and language, made by the
// tool's `render` (its wasm-bindgen export, in a browser or in Node). The
// release build writes the built-in topics' records with it; wp-admin writes
// the site's, and writes any again whose department links or version are old.

/** The causes of a topic object, as the block lists them. */
const causes = (topic) => topic.groups.flatMap((group) => group.causes.map(({ id, title }) => ({ id, title })));

/**
 * The record of `json` (a topic's JSON text) by `render` (the tool's). A
 * built-in topic is rendered by its id, so its element names it; the site's
 * carries its JSON inline. Throws an Error naming every problem.
 */
export async function renderRecord(render, json, { builtIn, departmentHref, widgetBase, headingLevels, languages, version }) {
  const topic = JSON.parse(json);
  const variants = {};
  let jsonLd;
  for (const level of headingLevels) {
    variants[level] = {};
    for (const lang of new Set([topic.lang, ...languages])) {
      const answer = await render({
        ...(builtIn ? { topic: topic.id } : { topicJson: json }),
        widgetBase,
        ...(departmentHref ? { departmentHref } : {}),
        headingLevel: level,
        lang,
      });
      if (answer.problems.length > 0) throw new Error(answer.problems.map((problem) => problem.text).join('\n'));
      variants[level][lang] = answer.parts.content;
      jsonLd = answer.parts.jsonLd;
    }
  }
  return {
    id: topic.id, title: topic.title, lang: topic.lang, builtIn, json, causes: causes(topic),
    departmentHref: departmentHref ?? '', version, jsonLd, variants,
  };
}
