// A small static server for the demo and the browser tests: the widget's
// files on one origin (with the CORS header a host page needs) and a clinic
// site on another, whose pages share one layout (site/_page.html: head, header and footer)
// as a CMS theme would. Run `node www/serve.mjs` after `trunk build --release`.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLACEHOLDER_BASE, SHOWN_TOPIC, VERSION_FOLDER, snippetFile } from './downloaded.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** `bytes` compressed with brotli at the highest quality, as a CDN serves them (and tests/size.mjs measures them). */
export function brotli(bytes) {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
}

// Compressed as a CDN would: brotli where the browser takes it, else gzip.
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg']);

function encode(request, body) {
  const accepted = String(request.headers['accept-encoding'] || '');
  const bytes = Buffer.from(body);
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
  if (!encoding) return [null, bytes];
  // Brotli at 11 takes a while for the wasm: each body is compressed once.
  const key = `${encoding}:${createHash('sha256').update(bytes).digest('base64')}`;
  if (!compressed.has(key)) {
    compressed.set(key, encoding === 'br' ? brotli(bytes) : gzipSync(bytes, { level: 9 }));
  }
  return [encoding, compressed.get(key)];
}
const compressed = new Map();

/** How long a file may be cached: a versioned folder's files never change. */
function cacheControl(pathname) {
  return /^\/v[^/]+\//.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Serves `root` on 127.0.0.1. `cors` adds Access-Control-Allow-Origin: *;
 * `pages` maps a URL path to HTML served as is (or to `{ body, headers }`,
 * e.g. a Content-Security-Policy); `replace` maps a token to
 * text put in place of it in every HTML file (the demo pages name the
 * widget's origin as %WIDGET_ORIGIN%), after `layout` made the file a
 * whole page; `headers(pathname)` adds headers.
 */
export function startServer({ root, port = 0, cors = false, pages = new Map(), replace = {}, layout = (html) => html, headers = () => ({}) }) {
  const base = path.resolve(root);
  const server = http.createServer(async (request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    const extra = { 'Cache-Control': cacheControl(pathname), Vary: 'Accept-Encoding', ...headers(pathname) };
    if (cors) extra['Access-Control-Allow-Origin'] = '*';
    if (pages.has(pathname)) {
      const page = pages.get(pathname);
      const { body, headers: pageHeaders = {} } = typeof page === 'string' ? { body: page } : page;
      const [encoding, bytes] = encode(request, body);
      response.writeHead(200, { 'Content-Type': TYPES['.html'], ...extra, ...(encoding && { 'Content-Encoding': encoding }), ...pageHeaders });
      response.end(bytes);
      return;
    }
    let file = path.join(base, decodeURIComponent(pathname));
    if (file !== base && !file.startsWith(base + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    if (pathname.endsWith('/')) file = path.join(file, 'index.html');
    try {
      let body = await readFile(file);
      const type = TYPES[path.extname(file)] || 'application/octet-stream';
      if (type === TYPES['.html']) {
        let text = layout(body.toString('utf8'));
        for (const [token, value] of Object.entries(replace)) text = text.split(token).join(value);
        body = text;
      }
      const [encoding, bytes] = COMPRESSED.has(path.extname(file)) ? encode(request, body) : [null, body];
      response.writeHead(200, { 'Content-Type': type, ...extra, ...(encoding && { 'Content-Encoding': encoding }) });
      response.end(bytes);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain', ...extra });
      response.end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({ origin, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** The demo: the built widget (dist/) and the clinic site (www/site/) on two origins. */
export async function startDemo({ sitePort = 0, widgetPort = 0, dist = path.join(here, '..', 'dist'), pages } = {}) {
  const widget = await startServer({ root: dist, port: widgetPort, cors: true });
  const siteRoot = path.join(here, 'site');
  const page = (await readFile(path.join(siteRoot, '_page.html'), 'utf8')).replace(/^<!--[\s\S]*?-->\n/, '');
  // A page of the site is its head's own lines, its <main> and what follows:
  // the site's page (_page.html) puts each in its place.
  const layout = (html) => {
    const start = html.indexOf('<main>');
    const end = html.indexOf('</main>') + '</main>'.length;
    if (start < 0 || end < start) return html;
    const parts = { '%PAGE_HEAD%': html.slice(0, start), '%PAGE_MAIN%': html.slice(start, end), '%PAGE_END%': html.slice(end) };
    return Object.entries(parts).reduce((whole, [token, part]) => whole.split(token).join(part.trim()), page);
  };
  // The release build's pre-rendered snippet, its files served from the widget origin.
  const prerendered = await readFile(path.join(dist, VERSION_FOLDER, snippetFile(SHOWN_TOPIC)), 'utf8')
    .then((html) => html.replaceAll(PLACEHOLDER_BASE, `${widget.origin}/`))
    .catch(() => '<p>Build the widget in release (trunk build --release) for the pre-rendered snippet.</p>');
  // And its CMS-safe article, as a rich-text field keeps it.
  const article = await readFile(path.join(dist, VERSION_FOLDER, snippetFile(SHOWN_TOPIC, 'cms')), 'utf8')
    .catch(() => '<p>Build the widget in release (trunk build --release) for the CMS-safe article.</p>');
  // The clinic's own topic, inline on the page for web teams, and the same
  // with a department id that does not exist, for the page's mistake.
  const ownTopic = JSON.parse(await readFile(path.join(siteRoot, 'own-topic.json'), 'utf8'));
  const mistaken = structuredClone(ownTopic);
  mistaken.groups[0].causes[0].departments = ['spine'];
  const inline = (topic) => JSON.stringify(topic, null, 2).replaceAll('</', '<\\/');
  const replace = {
    '%WIDGET_ORIGIN%': widget.origin,
    '%OWN_TOPIC%': inline(ownTopic),
    '%OWN_TOPIC_WITH_UNKNOWN_DEPARTMENT%': inline(mistaken),
    '%PRERENDERED_WIDGET%': prerendered,
    '%CMS_ARTICLE%': article,
  };
  const site = await startServer({ root: siteRoot, port: sitePort, pages, replace, layout });
  return { site, widget, close: () => Promise.all([site.close(), widget.close()]) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sitePort = Number(process.env.SITE_PORT || 8080);
  const widgetPort = Number(process.env.WIDGET_PORT || 8081);
  const { site, widget } = await startDemo({ sitePort, widgetPort });
  console.log(`Clinic demo site: ${site.origin}/   (widget files served from ${widget.origin}/)`);
}
