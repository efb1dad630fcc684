// What a reader sees when there is nothing to show (one polite sentence),
// and what the web team hears (console errors, the error event).
import { stateOf } from './state.mjs';

// The notice in English is text-error's default in the element's
// description; in Simplified Chinese, and which language tags get it, the
// widget's words (src/widget/words.rs).
const NOTICE = { en: SHARED.NOTICE_EN, zh: SHARED.NOTICE_ZH };
const SIMPLIFIED_CHINESE = new RegExp(SHARED.SIMPLIFIED_CHINESE);

// The one polite sentence a reader sees when there is nothing to show;
// the details go to the console and the error event.
function showNotice(element, box) {
  const langOwner = element.closest('[lang]');
  const lang = ((langOwner && langOwner.getAttribute('lang')) || '').toLowerCase();
  box.className = SHARED.BOX_CLASS;
  box.removeAttribute('aria-busy');
  box.textContent = '';
  const notice = document.createElement('p');
  notice.className = `${SHARED.ROOT_CLASS} ${SHARED.NOTICE_CLASS}`;
  notice.setAttribute('part', 'notice');
  notice.setAttribute('role', 'status');
  notice.textContent = element.getAttribute('text-error') || NOTICE[SIMPLIFIED_CHINESE.test(lang) ? 'zh' : 'en'];
  // Beside it, whatever the host put inside the element (a link to the
  // article, say): the fallback it wrote for a widget that cannot start.
  box.append(notice, document.createElement('slot'));
}

// What keeps a widget from showing, for the web team: a console error for
// each problem, and one error event with the first (message, path) and all
// of them (errors). The reader sees only the notice.
export function report(element, box, errors) {
  showNotice(element, box);
  stateOf(element).settle(null);
  tell(element, errors);
}

export function tell(element, errors) {
  for (const error of errors) console.error('possible-causes:', error.text);
  element.dispatchEvent(new CustomEvent(`${SHARED.TAG}:error`, {
    bubbles: true, composed: true, detail: { message: errors[0].message, path: errors[0].path, errors: errors },
  }));
}

/** A problem of embed.js's own (a file that failed to load): it is nowhere in the topic. */
export const problem = (message) => ({ message, path: '', text: message });
