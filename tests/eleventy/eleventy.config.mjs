// A clinic's Eleventy 3 site that pre-renders the widget at build time with
// possible-causes/server, and serves the widget's own files itself (/widget/).
// tests/browser/eleventy.test.mjs builds it in a project that installed the
// packed package, and reads the page with and without JavaScript.
import { render } from 'possible-causes/server';

const WIDGET_FILES = ['embed.js', 'possible-causes.js', 'possible-causes_bg.wasm', 'widget.css'];

export default function (eleventyConfig) {
  for (const name of WIDGET_FILES) eleventyConfig.addPassthroughCopy({ [`node_modules/possible-causes/${name}`]: `widget/${name}` });
  // {% possibleCauses topic, { departmentHref: … } %}: a built-in topic's id, or a topic from _data.
  eleventyConfig.addAsyncShortcode('possibleCauses', async (topic, options = {}) => {
    const { html } = await render(topic, { widgetBase: '/widget/', ...options });
    return html;
  });
  eleventyConfig.ignores.add('node_modules/**');
}
