// A clinic's Eleventy 3 site that pre-renders the widget at build time with
// possible-causes/server, and serves the widget's own files itself (/widget/).
// tests/browser/eleventy.test.mjs builds it in a project that installed the
// packed package, and reads the page with and without JavaScript.
import { render } from 'possible-causes/server';

export default function (eleventyConfig) {
  // The package's folder as it is: embed.js loads the rest from beside itself.
  eleventyConfig.addPassthroughCopy({ 'node_modules/possible-causes': 'widget' });
  // {% possibleCauses topic, { departmentHref: … } %}: a built-in topic's id, or a topic from _data.
  eleventyConfig.addAsyncShortcode('possibleCauses', async (topic, options = {}) => {
    const { html } = await render(topic, { widgetBase: '/widget/', ...options });
    return html;
  });
  eleventyConfig.ignores.add('node_modules/**');
}
