// The files a host page downloads for the widget, in the order embed.js asks for them.
export const DOWNLOADED = ['embed.js', 'possible-causes.js', 'possible-causes_bg.wasm', 'widget.css'];
