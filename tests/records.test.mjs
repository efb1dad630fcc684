// The WordPress plugin's records (www/wordpress/admin/records.mjs): markup
// whose department links are marked for PHP to fill in, and which refuses
// to be made where a mark could stand for anything but a link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadTool } from '../www/build-tool.mjs';
import { SHOWN_TOPIC } from '../www/downloaded.mjs';
import { LINK_MARKS, renderRecord } from '../www/wordpress/admin/records.mjs';
import { DIST } from './size.mjs';

const tool = await loadTool(DIST);
const json = readFileSync(new URL(`../content/topics/${SHOWN_TOPIC}.json`, import.meta.url), 'utf8');
const options = { builtIn: false, widgetBase: 'https://unused.example/', headingLevels: ['3', '4'], languages: ['en', 'zh-CN'], version: 'test' };
const [open, close] = LINK_MARKS;
const marked = `${open}${tool.departmentToken()}${close}`;

test('each department link of a record is its id between the marks, and the record has each own link', async () => {
  const record = await renderRecord(tool, json, options);
  const { departmentLinks } = (await tool.render({ topicJson: json, widgetBase: options.widgetBase })).parts;
  assert.deepEqual(record.departmentLinks, departmentLinks);
  for (const level of options.headingLevels) {
    for (const lang of options.languages) {
      const content = record.variants[level][lang];
      assert.ok(Object.keys(departmentLinks).some((id) => content.includes(`href="${open}${id}${close}"`)), `${level} ${lang}: a marked link`);
      assert.ok(Object.values(departmentLinks).every((link) => !content.includes(link)), `${level} ${lang}: no own link left`);
    }
  }
});

test('a topic that holds a mark is refused, naming the characters', async () => {
  const holding = JSON.stringify({ ...JSON.parse(json), question: `Why ${open}?` });
  await assert.rejects(renderRecord(tool, holding, options), /U\+E000 or U\+E001/);
});

test('markup whose marks do not stand exactly where the links do is refused', async () => {
  // A renderer that writes one link of its own beside the marked ones: filled in, the page would differ.
  const render = async (request) => {
    const answer = await tool.render(request);
    if (request.departmentHref) answer.parts.content = answer.parts.content.replace(`${open}gynecology${close}`, '/elsewhere');
    return answer;
  };
  await assert.rejects(renderRecord({ ...tool, render }, json, options), /could not be marked/);
});

test('each section\'s start tag, closed and open, swapped in a variant, gives render --open\'s markup', async () => {
  const record = await renderRecord(tool, json, options);
  const ids = JSON.parse(json).groups.flatMap((group) => group.causes.map((cause) => cause.id));
  assert.deepEqual(Object.keys(record.sections), ids);
  for (const id of [ids[0], ids.at(-1)]) {
    const [closedTag, openTag] = record.sections[id];
    const opened = await tool.render({ topicJson: json, widgetBase: options.widgetBase, headingLevel: '4', lang: 'zh-CN', departmentHref: marked, open: id });
    assert.equal(record.variants['4']['zh-CN'].replace(closedTag, openTag), opened.parts.content, id);
  }
});

test('a renderer whose open section differs from its closed one beyond the start tag is refused', async () => {
  const render = async (request) => {
    const answer = await tool.render(request);
    if (request.open) answer.parts.content = answer.parts.content.replace('</details>', '</details><!-- opened -->');
    return answer;
  };
  await assert.rejects(renderRecord({ ...tool, render }, json, options), /could not be found/);
});
