// A clinic's Vue 3 page using the package: attributes from state, the toggle
// event as a listener prop, and the element's methods through a template ref.
// Type-checked by tests/types.test.mjs and bundled by tests/browser/package.test.mjs.
import type { PossibleCausesElement, PossibleCausesToggleDetail } from 'possible-causes';
import { createApp, h, ref } from 'vue';

createApp({
  setup() {
    const widget = ref<PossibleCausesElement | null>(null);
    const level = ref<'2' | '3'>('3');
    const lang = ref('en');
    const heard = ref<string[]>([]);
    const open = ref('');
    const onToggle = (event: CustomEvent<PossibleCausesToggleDetail>) => {
      heard.value.push(`${event.detail.cause}:${event.detail.open}`);
    };
    return () => h('main', [
      h('button', { id: 'show-all', onClick: () => void widget.value?.showAll() }, 'Open every cause'),
      h('button', { id: 'hide-all', onClick: () => void widget.value?.hideAll() }, 'Close every cause'),
      h('button', { id: 'level-2', onClick: () => { level.value = '2'; } }, 'Headings at level 2'),
      h('button', { id: 'chinese', onClick: () => { lang.value = 'zh-CN'; } }, '中文'),
      h('button', { id: 'report', onClick: () => { open.value = widget.value?.openSections.join(' ') ?? ''; } }, 'Which are open?'),
      h('output', { id: 'open' }, open.value),
      h('ol', { id: 'heard' }, heard.value.map((entry) => h('li', entry))),
      // What a template's @possible-causes:toggle compiles to.
      h('possible-causes', { ref: widget, topic: 'mirena-lower-back-pain', 'heading-level': level.value, lang: lang.value, 'onPossible-causes:toggle': onToggle }),
    ]);
  },
}).mount('#app');
