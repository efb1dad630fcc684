// A pre-rendered box (declarative shadow DOM from `possible-causes render`)
// before the wasm takes it over, or when it never does: its disclosures made
// the live render's sections, whose buttons, methods and find-in-page work here.
import { stateOf, states } from './state.mjs';

export const openIn = (box) => (box ? [...box.querySelectorAll(`.${SHARED.SECTION_BUTTON_CLASS}[aria-expanded="true"]`)] : [])
  .map((button) => button.closest(`.${SHARED.SECTION_CLASS}`))
  .filter(Boolean)
  .map((section) => section.id);

export const isPrerendered = (box) => Boolean(box) && box.hasAttribute(SHARED.PRERENDERED_ATTRIBUTE);

// A pre-rendered box's sections are native disclosures, which open and
// close with no script; their headers are plain text. Here each becomes
// the live render's section: its heading, whose header is the button the
// live render has (the same attributes), over its panel, hidden="until-found"
// while closed.
export function enhancePrerendered(box) {
  // A reader on a section's summary stays on its header.
  const focused = box.getRootNode().activeElement;
  for (const disclosure of box.querySelectorAll(`details.${SHARED.SECTION_CLASS}`)) {
    const summary = disclosure.querySelector(':scope > summary');
    const header = summary && summary.querySelector(`[${SHARED.ACTION_ATTRIBUTE}="${SHARED.ACTION_TOGGLE}"]`);
    const panel = disclosure.querySelector(`:scope > .${SHARED.PANEL_CLASS}`);
    if (!header || !panel) continue;
    const button = document.createElement('button');
    button.type = 'button';
    for (const { name, value } of header.attributes) {
      if (name !== SHARED.CONTROLS_ATTRIBUTE) button.setAttribute(name, value);
    }
    button.setAttribute('aria-expanded', String(disclosure.open));
    button.setAttribute('aria-controls', panel.id);
    button.append(...header.childNodes);
    header.replaceWith(button);
    if (!disclosure.open) panel.setAttribute('hidden', 'until-found');
    const section = document.createElement('div');
    section.className = disclosure.className;
    section.id = disclosure.id;
    summary.replaceWith(...summary.childNodes);
    section.append(...disclosure.childNodes);
    disclosure.replaceWith(section);
    if (focused === summary) button.focus();
  }
  box.addEventListener('click', togglePrerendered);
  // Find-in-page, or a #:~:text= link, reveals a closed panel: its
  // button says so, and the takeover keeps it open.
  box.addEventListener('beforematch', (event) => {
    const button = box.querySelector(`[aria-controls="${event.target.id}"]`);
    if (button && isPrerendered(box)) setSections(box, [button], true);
  });
}

// Opens or closes these section buttons' panels in a pre-rendered box, and
// keeps "Show all sections" in step.
function setSections(box, buttons, opening) {
  for (const button of buttons) {
    const panel = box.querySelector(`[id="${button.getAttribute('aria-controls')}"]`);
    button.setAttribute('aria-expanded', String(opening));
    if (!panel) continue;
    if (opening) panel.removeAttribute('hidden');
    else panel.setAttribute('hidden', 'until-found');
  }
  const showAll = box.querySelector(`[${SHARED.ACTION_ATTRIBUTE}="${SHARED.ACTION_SHOW_ALL}"]`);
  if (showAll) showAll.setAttribute('aria-expanded', String(!box.querySelector(`[${SHARED.ACTION_ATTRIBUTE}="${SHARED.ACTION_TOGGLE}"][aria-expanded="false"]`)));
}

// Before the wasm arrives, or when it never does, a pre-rendered box's
// buttons open and close their sections; the wasm then takes over with
// those sections open.
function togglePrerendered(event) {
  const box = event.currentTarget;
  if (!isPrerendered(box)) return;
  const control = event.target.closest(`[${SHARED.ACTION_ATTRIBUTE}]`);
  if (!control) return;
  const action = control.getAttribute(SHARED.ACTION_ATTRIBUTE);
  if (action === SHARED.ACTION_COPY_LINK) return copyByHand(control);
  const buttons = action === SHARED.ACTION_TOGGLE ? [control] : box.querySelectorAll(`[${SHARED.ACTION_ATTRIBUTE}="${SHARED.ACTION_TOGGLE}"]`);
  setSections(box, buttons, control.getAttribute('aria-expanded') !== 'true');
  // A reader who uses it wants it: a lazy widget starts loading now.
  const element = box.getRootNode().host;
  if (element) stateOf(element).want();
}

// "Copy link" needs the wasm; where it has failed to start, the section's
// link is shown to copy by hand.
function copyByHand(control) {
  const element = control.getRootNode().host;
  const state = element && states.get(element);
  if (!state || !state.ready.settled) return;
  const section = control.closest(`.${SHARED.SECTION_CLASS}`);
  const status = control.parentNode.querySelector(`.${SHARED.COPY_STATUS_CLASS}`);
  if (!section || !status) return;
  const link = document.createElement('span');
  link.className = SHARED.COPY_URL_CLASS;
  link.textContent = `${location.href.split('#')[0]}#${section.id}`;
  status.replaceChildren(link);
}

// The element's methods on a pre-rendered box whose wasm failed to start.
export function commandPrerendered(box, command, id) {
  const all = [...box.querySelectorAll(`[${SHARED.ACTION_ATTRIBUTE}="${SHARED.ACTION_TOGGLE}"]`)];
  const buttons = command === SHARED.COMMAND_ShowAll || command === SHARED.COMMAND_HideAll ? all : all.filter((button) => button.closest(`.${SHARED.SECTION_CLASS}`).id === id);
  if (!buttons.length) {
    console.warn(`possible-causes: ${command}("${id}"): no such section, so nothing changed`);
    return;
  }
  setSections(box, buttons, command === SHARED.COMMAND_Show || command === SHARED.COMMAND_ShowAll);
}
