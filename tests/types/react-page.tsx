// A clinic's React 19 page using the package: attributes from state, the
// toggle event, and the element's methods through a ref. Type-checked by
// tests/types.test.mjs and bundled with esbuild by tests/browser/package.test.mjs.
import type { PossibleCausesElement, PossibleCausesToggleDetail } from 'possible-causes';
import type {} from 'possible-causes/react';
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

function ClinicPage() {
  const widget = useRef<PossibleCausesElement>(null);
  const [level, setLevel] = useState<'2' | '3'>('3');
  const [lang, setLang] = useState('en');
  const [heard, setHeard] = useState<string[]>([]);
  const [open, setOpen] = useState('');
  useEffect(() => {
    const element = widget.current;
    if (!element) return undefined;
    const onToggle = (event: CustomEvent<PossibleCausesToggleDetail>) => {
      setHeard((before) => [...before, `${event.detail.cause}:${event.detail.open}`]);
    };
    element.addEventListener('possible-causes:toggle', onToggle);
    return () => element.removeEventListener('possible-causes:toggle', onToggle);
  }, []);
  return (
    <main>
      <button id="show-all" onClick={() => void widget.current?.showAll()}>Open every cause</button>
      <button id="hide-all" onClick={() => void widget.current?.hideAll()}>Close every cause</button>
      <button id="level-2" onClick={() => setLevel('2')}>Headings at level 2</button>
      <button id="chinese" onClick={() => setLang('zh-CN')}>中文</button>
      <button id="report" onClick={() => setOpen(widget.current?.openSections.join(' ') ?? '')}>Which are open?</button>
      <output id="open">{open}</output>
      <ol id="heard">{heard.map((entry, index) => <li key={index}>{entry}</li>)}</ol>
      <possible-causes ref={widget} topic="mirena-lower-back-pain" heading-level={level} lang={lang} />
    </main>
  );
}

createRoot(document.getElementById('app')!).render(<ClinicPage />);
