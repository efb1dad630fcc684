// The WordPress plugin's records (www/wordpress/admin/records.mjs): markup
// whose department links and words are marked for PHP to fill in, which
// gives render's markup for a page's own links and words, and which refuses
// to be made where a mark could stand for anything else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadTool } from '../www/build-tool.mjs';
import { SHOWN_TOPIC } from '../www/downloaded.mjs';
import { MARKS, fillLinks, fillWords, renderRecord, wordsAndMarks } from '../www/wordpress/admin/records.mjs';
import { DIST } from './size.mjs';

const tool = await loadTool(DIST);
const json = readFileSync(new URL(`../content/topics/${SHOWN_TOPIC}.json`, import.meta.url), 'utf8');
const options = { builtIn: false, widgetBase: 'https://unused.example/', headingLevels: ['3', '4'], languages: ['en', 'zh-CN'], version: 'test' };
const [open, close] = MARKS.link;
const linkMarks = { departmentHref: `${open}${tool.departmentToken()}${close}` };
const record = await renderRecord(tool, json, options);
const renderContent = async (request) => (await tool.render({ topicJson: json, widgetBase: options.widgetBase, ...request })).parts.content;

test('each department link of a record is its id between the marks, and the record has each own link', async () => {
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

test('filled in with a page\'s own department links and words, a variant is render\'s markup for them', async () => {
  const template = '/clinic/{department}?from="a"&b=<c>';
  const given = { 'text-show': 'Mostrar <más> & "todo"', 'text-department-link': 'Ir a {name}', 'text-where-to-go': 'Dónde' };
  for (const lang of options.languages) {
    assert.deepEqual(Object.keys(record.words[lang]), tool.wordsFor(lang).map((word) => word.attribute), `${lang}: every word`);
    const links = Object.fromEntries(Object.keys(record.departmentLinks).map((id) => [id, template.replace('{department}', id)]));
    const page = fillLinks(fillWords(record.variants['4'][lang], record.words[lang], given), links);
    const expected = await renderContent({ headingLevel: '4', lang, departmentHref: template, textShow: given['text-show'], textDepartmentLink: given['text-department-link'], textWhereToGo: given['text-where-to-go'] });
    assert.equal(page, expected, lang);
    assert.ok(page.includes('Ir a '), `${lang}: the page's own words`);
  }
});

test('a language whose words the renderer marks with a language of their own keeps them, unmarked', async () => {
  const british = JSON.stringify({ ...JSON.parse(json), lang: 'en-GB' });
  const made = await renderRecord(tool, british, options);
  assert.equal(made.words['en-GB'], null);
  assert.ok(!made.variants['3']['en-GB'].includes(MARKS.word[0]), 'no word mark');
  assert.ok(made.words.en && made.variants['3'].en.includes(MARKS.word[0]), 'the other languages are marked');
});

test('a topic that holds a mark is refused, naming the characters', async () => {
  for (const mark of [open, MARKS.word[2]]) {
    const holding = JSON.stringify({ ...JSON.parse(json), question: `Why ${mark}?` });
    await assert.rejects(renderRecord(tool, holding, options), /U\+E000, U\+E001, U\+E002, U\+E003, U\+E004/);
  }
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
  const ids = JSON.parse(json).groups.flatMap((group) => group.causes.map((cause) => cause.id));
  assert.deepEqual(Object.keys(record.sections), ids);
  const { options: wordMarks } = wordsAndMarks(tool.wordsFor, 'zh-CN');
  for (const id of [ids[0], ids.at(-1)]) {
    const [closedTag, openTag] = record.sections[id];
    const opened = await renderContent({ headingLevel: '4', lang: 'zh-CN', ...linkMarks, ...wordMarks, open: id });
    assert.equal(record.variants['4']['zh-CN'].replace(closedTag, openTag), opened, id);
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

test('a language whose word would stand in an attribute keeps its words, unmarked', async () => {
  // A renderer that also writes "Show" in an attribute: filled in, the markup would match, but PHP escapes a word as text.
  const render = async (request) => {
    const answer = await tool.render(request);
    const show = request.textShow ?? tool.wordsFor(request.lang).find((word) => word.attribute === 'text-show').word;
    answer.parts.content = answer.parts.content.replace('<details', `<b title="${show}"></b><details`);
    return answer;
  };
  const made = await renderRecord({ ...tool, render }, json, options);
  assert.deepEqual(Object.values(made.words), [null, null]);
  assert.ok(!made.variants['3'].en.includes(MARKS.word[0]), 'no word mark');
});
