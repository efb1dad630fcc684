// A web team's TypeScript, against the installed package's types. Each
// `@ts-expect-error` line is a misuse the types must refuse: tsc fails if one
// type-checks (tests/types.test.mjs also checks each is refused on its own).
import type { PossibleCausesElement, PossibleCausesToggleDetail } from 'possible-causes';
import type {} from 'possible-causes/react';
import { useEffect, useRef } from 'react';

const element = document.querySelector('possible-causes');
if (element) {
  const typed: PossibleCausesElement = element;
  typed.topic = 'mirena-lower-back-pain';
  const open: string[] = element.openSections;
  void element.show('uterine-contractions').then(() => element.hideAll());
  element.addEventListener('possible-causes:toggle', (event) => {
    const detail: PossibleCausesToggleDetail = event.detail;
    const isOpen: boolean = event.detail.open;
    console.log(detail.cause, isOpen, open);
  });
  document.addEventListener('possible-causes:error', (event) => event.detail.errors.map((problem) => problem.path));
  element.addEventListener('possible-causes:department', (event) => event.detail.href.startsWith('https:'));
  element.addEventListener('possible-causes:ready', (event) => event.detail.topic.length);

  // @ts-expect-error showAll takes no argument
  void element.showAll(42);
  // @ts-expect-error show needs a cause id
  void element.show();
  // @ts-expect-error a cause id is a string
  void element.hide(3);
  element.addEventListener('possible-causes:toggle', (event) => {
    // @ts-expect-error the toggle detail has `open`, not `opened`
    return event.detail.opened;
  });
  // @ts-expect-error openSections is read-only
  element.openSections = [];
  // @ts-expect-error the error detail has `errors`, not `problems`
  document.addEventListener('possible-causes:error', (event) => event.detail.problems);
}

const created = document.createElement('possible-causes');
void created.showAll();

export function Widget({ level }: { level: '2' | '3' }) {
  const widget = useRef<PossibleCausesElement>(null);
  useEffect(() => { void widget.current?.show('lumbar-disc-herniation'); }, []);
  return (
    <>
      <possible-causes ref={widget} topic="mirena-lower-back-pain" heading-level={level} open="uterine-contractions"
        theme="auto" loading="lazy" text-show-all="Open all" department-href="/departments/{department}" />
      {/* @ts-expect-error heading-level is 2 to 6 */}
      <possible-causes heading-level="9" />
      {/* @ts-expect-error theme is light, dark or auto */}
      <possible-causes theme="blue" />
      {/* @ts-expect-error there is no `topics` attribute */}
      <possible-causes topics="mirena-lower-back-pain" />
    </>
  );
}
