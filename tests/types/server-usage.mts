// A build tool's use of possible-causes/server, as tsc checks it against the
// installed package's server.d.ts. Each `@ts-expect-error` line is a misuse
// the types must refuse (tests/types.test.mjs removes each mark in turn).
import { check, commandLine, importArticle, render, PossibleCausesError } from 'possible-causes/server';

export async function page(topicJson: string): Promise<string> {
  const { html, styleHash } = await render(topicJson, { widgetBase: 'https://cdn.example/possible-causes/v0.1.0/', headingLevel: 2, theme: 'auto' });
  const builtIn = await render('mirena-lower-back-pain', { widgetBase: '/widget/', departmentHref: '/departments/{department}' });
  const problems = check(topicJson, { departments: { gynecology: { name: 'Gynecology' } } });
  const paths: string[] = problems.map((problem) => problem.path);
  const draft = importArticle('…');
  const json: string = draft.ok ? draft.json : `line ${draft.line}: ${draft.problems.join('; ')}`;
  const { status } = await commandLine(['check', 'topic.json']);
  try {
    await render('knee-pain', { widgetBase: '/widget/' });
  } catch (error) {
    if (error instanceof PossibleCausesError) paths.push(...error.problems.map((p) => p.path));
  }

  // @ts-expect-error widgetBase is required
  await render(topicJson, {});
  // @ts-expect-error heading levels are 2 to 6
  await render(topicJson, { widgetBase: '/', headingLevel: 7 });
  // @ts-expect-error theme is light, dark or auto
  await render(topicJson, { widgetBase: '/', theme: 'purple' });
  // @ts-expect-error there is no `colour` option
  await render(topicJson, { widgetBase: '/', colour: 'red' });
  // @ts-expect-error a topic is JSON text, an object or an id, not a number
  await render(42, { widgetBase: '/' });
  // @ts-expect-error render's answer is a promise
  render(topicJson, { widgetBase: '/' }).html;
  // @ts-expect-error a failed import has no draft
  if (!draft.ok) console.log(draft.json);
  // @ts-expect-error check gives problems, not a promise
  check(topicJson).then(() => {});

  return [html, styleHash, builtIn.html, json, String(status), ...paths].join('\n');
}
