/* The floor of what a browser needs: the same topic as a hand-written
   WAI-ARIA accordion in plain JS, embedded the same way (script tag, custom
   element, shadow root, the widget's stylesheet). bench/run puts the topic's
   JSON in place of TOPIC_JSON. */
(function () {
  'use strict';
  var TOPIC = TOPIC_JSON;
  var base = new URL('./', document.currentScript.src).href;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    for (var key in attrs) node.setAttribute(key, attrs[key]);
    (children || []).forEach(function (child) {
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function section(cause) {
    var panel = el('div', { class: 'panel', id: cause.id + '-panel', hidden: 'until-found' }, [el('h4', { 'data-kind': 'subheading' }, ['Why it happens'])]
      .concat(cause.explanation.map(function (p) { return el('p', {}, [p]); }))
      .concat(cause.medications ? [el('div', { class: 'medications' }, [
        el('p', { class: 'doctor-only' }, [el('strong', {}, ["Take these only under a doctor's guidance."])]),
        el('p', {}, [cause.medications.context]),
        el('ul', {}, cause.medications.names.map(function (n) { return el('li', {}, [n]); })),
      ])] : [])
      .concat([el('ul', { class: 'departments' }, cause.departments.map(function (d) {
        return el('li', {}, [el('a', { href: '/departments/' + d + '.html' }, [d + ' department'])]);
      }))]));
    var button = el('button', { type: 'button', class: 'section-button', id: cause.id + '-header', 'aria-expanded': 'false', 'aria-controls': cause.id + '-panel' },
      [el('span', { class: 'section-title' }, [cause.title]), el('span', { class: 'section-icon', 'aria-hidden': 'true' })]);
    button.addEventListener('click', function () {
      var open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      if (open) panel.removeAttribute('hidden'); else panel.setAttribute('hidden', 'until-found');
    });
    return el('div', { class: 'section', id: cause.id }, [el('h3', { 'data-kind': 'section-heading' }, [button]), panel]);
  }

  customElements.define('vanilla-causes', class extends HTMLElement {
    connectedCallback() {
      var root = this.attachShadow({ mode: 'open' });
      root.append(el('link', { rel: 'stylesheet', href: base + 'widget.css' }));
      root.append(el('div', { class: 'box' }, [el('article', { class: 'possible-causes', lang: TOPIC.lang }, [
        el('h2', { 'data-kind': 'topic-title' }, [TOPIC.title]),
        el('p', { class: 'lead' }, [TOPIC.lead]),
      ].concat(TOPIC.groups.map(function (group) {
        return el('div', { class: 'group' }, [el('p', { class: 'group-title' }, [group.title])].concat(group.causes.map(section)));
      })).concat([
        el('p', { class: 'advice' }, [TOPIC.advice]),
        el('p', { class: 'disclaimer' }, [TOPIC.disclaimer]),
      ]))]));
    }
  });
})();
