// Types for `possible-causes/server`, the tool's commands in Node (server.mjs).
import type { PossibleCausesOptions } from './index.js';

/** One problem, where it is: a JSON path (`groups[1].title`), an option (`@topic`, `--widget-base`), or '' for malformed JSON. */
export interface Problem {
  path: string;
  message: string;
  /** The problem in one line, as the command line prints it: `path: message`, or the message where there is no path. */
  text: string;
}

/** Thrown by `render` when the topic or the options break a rule. */
export declare class PossibleCausesError extends Error {
  readonly problems: Problem[];
}

/** A topic as JSON text, or as the object that text parses to. */
export type TopicJson = string | Record<string, unknown>;

/** `2` for `'2'`: the numbers a string of digits can be. */
type NumberOf<Text> = Text extends `${infer N extends number}` ? N : never;

/**
 * The element's attributes for the snippet (their JavaScript names, from the
 * element's description), and where the widget's files are served.
 */
export interface RenderOptions extends Omit<PossibleCausesOptions, 'topic' | 'headingLevel'> {
  /** The folder embed.js is served from, e.g. `https://cdn.example/possible-causes/v0.1.0/`. */
  widgetBase: string;
  /** The level of each cause's heading, as text or a number. */
  headingLevel?: PossibleCausesOptions['headingLevel'] | NumberOf<PossibleCausesOptions['headingLevel']>;
  /** embed.js's `sha384-…` integrity hash, where known. */
  embedIntegrity?: string;
  /** `prerendered` (the default), or `cms` for the article in plain HTML. */
  snippet?: 'prerendered' | 'cms';
}

/** The options of the plain article for a rich-text field, which loads nothing and so needs no widget base. */
export type ArticleOptions = Omit<RenderOptions, 'widgetBase' | 'snippet'> & { snippet: 'cms'; widgetBase?: string };

export interface Rendered {
  /** The snippet to paste into the page: the element pre-rendered, embed.js's script tag, JSON-LD. */
  html: string;
  /** `sha256-…` for the page's Content-Security-Policy `style-src`. */
  styleHash: string;
  /** `html` in the pieces it joins (`startTag + content + '</possible-causes>\n' + script + jsonLd`), for a host that writes the element's start tag and loads embed.js itself. */
  parts: SnippetParts;
}

export interface SnippetParts {
  /** `<possible-causes …>`, the attributes in the element's described order. */
  startTag: string;
  /** Everything inside the element: the declarative shadow root and any inline topic. */
  content: string;
  /** embed.js's script tag, with a line break. */
  script: string;
  /** The schema.org JSON-LD script, with a line break. */
  jsonLd: string;
  /** Each department's link as `content` has it, by the department's id: for a host that puts other links in itself. */
  departmentLinks: Record<string, string>;
}

/**
 * The pre-rendered snippet of a built-in topic (by id) or of the clinic's own
 * topic (JSON text or object), which the snippet carries as inline JSON.
 * Rejects with a `PossibleCausesError` naming every problem.
 */
export declare function render(topic: string | TopicJson, options: RenderOptions): Promise<Rendered>;
/**
 * The topic as an article of plain HTML that a CMS's rich-text field keeps
 * (headings, paragraphs, lists, links, details/summary, data-* attributes):
 * it reads in full with no script, and embed.js turns it into the widget
 * where it runs.
 */
export declare function render(topic: string | TopicJson, options: ArticleOptions): Promise<{ html: string }>;

/** Every problem of a topic by the widget's rules and `check`'s (no review date in the future); `[]` when none. */
export declare function check(topic: TopicJson, options?: { departments?: TopicJson }): Problem[];

export type Imported =
  | { ok: true; json: string; topic: Record<string, unknown>; confirm: string[] }
  /** `line`: where the article departs from the form, from 1; null when the draft it made breaks a rule. */
  | { ok: false; line: number | null; problems: string[] };

/** An article in the fixed plain-text form to a draft topic and what an editor must confirm, or where it departs from the form. */
export declare function importArticle(article: string): Imported;

/** The command line as the native tool runs it (`['render', '--topic', …]`): what it prints and its exit status. */
export declare function commandLine(args: string[]): Promise<{ stdout: string; stderr: string; status: 0 | 1 }>;
