// The files a host page downloads for the widget, in the order embed.js asks
// for them: embed.js, the glue (wasm-bindgen's), the wasm, the stylesheet.
export const FILES = { embed: 'embed.js', glue: 'possible-causes.js', wasm: 'possible-causes_bg.wasm', styles: 'widget.css' };
export const DOWNLOADED = Object.values(FILES);

// The crate's version, and the folder of dist/ whose files never change (v<version>/).
import { readFileSync, readdirSync } from 'node:fs';
export const VERSION = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(new URL('../Cargo.toml', import.meta.url), 'utf8'))[1];
export const VERSION_FOLDER = `v${VERSION}`;

// Where the build's snippets say the widget's files are served; a site puts
// its own address there, and the demo and the tests their server's.
export const PLACEHOLDER_BASE = 'https://YOUR-CDN.example/possible-causes/';

// The built-in topics' ids: the files of content/topics/, the catalog the wasm embeds.
export const TOPICS = readdirSync(new URL('../content/topics/', import.meta.url))
  .filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -'.json'.length)).sort();
// The file of a topic's snippet in v<version>/: the pre-rendered one, or
// (kind 'cms', the tool's --snippet) the CMS-safe article.
export const snippetFile = (topic, kind = 'prerendered') => `${topic}${kind === 'cms' ? '.cms' : ''}.html`;

// The topic the demo, the snippets and the bench show.
export const SHOWN_TOPIC = TOPICS[0];
