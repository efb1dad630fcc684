// Types for <possible-causes>. embed.js is a classic script that defines the
// element; a bundle imports only these types (`import type … from 'possible-causes'`)
// and the page loads embed.js with a <script> tag. custom-elements.json
// describes the same element for editors; a test keeps the two in step.

/** `possible-causes:ready`: the widget has rendered its topic. */
export interface PossibleCausesReadyDetail {
  topic: string;
}

/** `possible-causes:toggle`: a section opened or closed, by a reader or by a method. */
export interface PossibleCausesToggleDetail {
  topic: string;
  /** The cause's id: the section's id in the shadow root, and its `#fragment`. */
  cause: string;
  open: boolean;
}

/** `possible-causes:department`: a reader followed a department link. */
export interface PossibleCausesDepartmentDetail {
  topic: string;
  cause: string;
  department: string;
  href: string;
}

/** One reason the widget cannot show its topic. */
export interface PossibleCausesProblem {
  message: string;
  /** A JSON path (`groups[1].title`), `@<attribute>`, or '' for malformed JSON or a file that failed to load. */
  path: string;
}

/** `possible-causes:error`: the first problem, and all of them. */
export interface PossibleCausesErrorDetail extends PossibleCausesProblem {
  errors: PossibleCausesProblem[];
}

export interface PossibleCausesEventMap {
  'possible-causes:ready': CustomEvent<PossibleCausesReadyDetail>;
  'possible-causes:toggle': CustomEvent<PossibleCausesToggleDetail>;
  'possible-causes:department': CustomEvent<PossibleCausesDepartmentDetail>;
  'possible-causes:error': CustomEvent<PossibleCausesErrorDetail>;
}

/**
 * `<possible-causes>`. The methods wait for the widget to load: their promise
 * settles once the change is rendered (or at once, doing nothing, if the
 * widget shows its notice). It never rejects.
 */
export interface PossibleCausesElement extends HTMLElement {
  /** The `topic` attribute ('' when absent); setting it renders the widget anew. */
  topic: string;
  /** The ids of the sections open now, in the topic's order. */
  readonly openSections: string[];
  /** Opens one section; an unknown id logs a warning and changes nothing. */
  show(causeId: string): Promise<void>;
  /** Closes one section; an unknown id logs a warning and changes nothing. */
  hide(causeId: string): Promise<void>;
  showAll(): Promise<void>;
  hideAll(): Promise<void>;
  addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: PossibleCausesElement, event: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: PossibleCausesElement, event: HTMLElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'possible-causes': PossibleCausesElement;
  }
  // The events bubble and are composed: a listener on any ancestor, or on
  // document, hears them.
  interface HTMLElementEventMap extends PossibleCausesEventMap {}
  interface DocumentEventMap extends PossibleCausesEventMap {}
}
