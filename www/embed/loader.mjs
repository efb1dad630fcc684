// Loading the widget's files from beside embed.js, each checked against the
// hash the build wrote in (SHARED.*_INTEGRITY): the glue and the wasm once for
// every element (loadWidget); the stylesheet each shadow root links.
const script = document.currentScript || document.querySelector('script[src*="embed.js"]');
export const base = new URL('./', script ? script.src : location.href).href;

// The glue and the wasm, loaded once for every element; rejects if either
// fails to arrive, fails its integrity check, or the browser runs no wasm.
let loading = null;
export function loadWidget() {
  if (loading) return loading;
  if (typeof WebAssembly !== 'object') return (loading = Promise.reject(new Error('this browser runs no WebAssembly')));
  // import() takes no integrity, but it takes the module that a
  // modulepreload with integrity fetched; waiting for that preload keeps
  // import() from fetching the glue unchecked, and its failure is ours.
  const glueChecked = new Promise((resolve, reject) => {
    const preload = document.createElement('link');
    preload.rel = 'modulepreload';
    preload.integrity = SHARED.GLUE_INTEGRITY;
    preload.crossOrigin = 'anonymous';
    preload.href = base + SHARED.GLUE;
    preload.onload = resolve;
    preload.onerror = () => reject(new Error(`${SHARED.GLUE} failed to load or did not match its integrity hash`));
    (document.head || document.documentElement).appendChild(preload);
  });
  // The wasm downloads while the glue does.
  const wasm = fetch(base + SHARED.WASM, { integrity: SHARED.WASM_INTEGRITY });
  wasm.catch(() => { /* reported through the glue's init below */ });
  loading = glueChecked
    .then(() => import(base + SHARED.GLUE))
    .then((glue) => glue.default({ module_or_path: wasm }).then(() => glue));
  return loading;
}
