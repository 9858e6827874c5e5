/*
 * The two directions between stored article HTML and the editor's document, and the comparison
 * that proves a block survives the trip.
 *
 * ProseMirror holds a strict tree: a table is rows of cells, a container holds blocks only. Stored
 * HTML is looser (a caption, thead/tfoot, text straight inside a list item or a cell), so it is
 * reshaped on the way in with markers (data-pm-*) that the way out turns back into the same HTML.
 */

const BLOCK_TAGS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'PRE', 'HR', 'DIV',
  'ADDRESS', 'TABLE', 'CAPTION', 'COLGROUP', 'COL', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TH', 'TD',
  'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD', 'AUDIO', 'VIDEO', 'SOURCE'
]);

/** Elements the editor holds as blocks only: text directly inside them is wrapped on the way in. */
const CONTAINERS = new Set(['LI', 'TD', 'TH', 'BLOCKQUOTE', 'DIV', 'FIGURE', 'DD', 'DT', 'ADDRESS']);

/** Players are kept whole: the editor shows them and keeps their markup as it is. */
const KEPT_WHOLE = new Set(['AUDIO', 'VIDEO']);

const SECTIONS = { THEAD: 'head', TBODY: 'body', TFOOT: 'foot' };
const SECTION_TAGS = { head: 'thead', body: 'tbody', foot: 'tfoot' };

export const IMPLICIT = 'data-pm-implicit';
export const KEPT = 'data-pm-kept';
export const RAW = 'data-pm-raw';
export const TABLE_BLOCK = 'data-pm-table';
export const CAPTION = 'data-pm-caption';
export const SECTION = 'data-pm-section';
export const COLGROUP = 'data-pm-colgroup';

/** An inert document: markup parsed there loads no image and runs no handler. */
const inert = document.implementation.createHTMLDocument('');

export function fragment(html) {
  const root = inert.createElement('div');
  root.innerHTML = html || '';
  return root;
}

function isBlock(node) {
  return node.nodeType === 1 && BLOCK_TAGS.has(node.tagName);
}

function isBlank(node) {
  return node.nodeType === 3 && !/[^ \t\r\n\f]/.test(node.nodeValue);
}

/** Runs of text and inline elements beside blocks become paragraphs marked as implicit. */
function wrapInlineRuns(parent) {
  let run = [];
  const flush = () => {
    if (run.some(node => !isBlank(node))) {
      const p = inert.createElement('p');
      p.setAttribute(IMPLICIT, '');
      run[0].before(p);
      p.append(...run);
    } else {
      run.forEach(node => node.remove());
    }
    run = [];
  };
  for (const node of [...parent.childNodes]) {
    if (isBlock(node)) {
      flush();
    } else if (node.nodeType === 1 || node.nodeType === 3) {
      run.push(node);
    } else {
      node.remove();
    }
  }
  flush();
}

/** Item-like elements whose text the editor keeps in a paragraph that is not stored as one. */
const ITEMS = new Set(['LI', 'TD', 'TH', 'DD', 'DT']);

/**
 * A plain paragraph alone in a list item or cell (nested lists aside): the editor writes new
 * items as {@code <li>text</li>}, as WordPress does, so such a paragraph is stored unwrapped
 * unless it came from the stored HTML that way.
 */
function unwrappable(p) {
  const parent = p.parentElement;
  return p.tagName === 'P' && parent && ITEMS.has(parent.tagName)
    && [...p.attributes].every(a => a.name === KEPT)
    && [...parent.children].every(e => e === p || e.tagName === 'UL' || e.tagName === 'OL');
}

/** The tree the editor can hold; anything it cannot is left for the round-trip check to catch. */
function shape(root) {
  for (const p of [...root.querySelectorAll('p')]) {
    if (unwrappable(p)) {
      p.setAttribute(KEPT, '');
    }
  }
  for (const element of [...root.querySelectorAll('audio, video')]) {
    element.replaceWith(rawBlock(element.outerHTML));
  }
  for (const element of [...root.querySelectorAll('*')]) {
    if (CONTAINERS.has(element.tagName) && element.childNodes.length > 0) {
      wrapInlineRuns(element);
    }
  }
  for (const table of [...root.querySelectorAll('table')]) {
    shapeTable(table);
  }
}

/** Rows remember their section, the caption moves beside the table, the column group is kept. */
function shapeTable(table) {
  for (const section of [...table.children].filter(c => SECTIONS[c.tagName])) {
    for (const row of [...section.children].filter(c => c.tagName === 'TR')) {
      row.setAttribute(SECTION, SECTIONS[section.tagName]);
    }
    section.replaceWith(...section.childNodes);
  }
  for (const colgroup of [...table.children].filter(c => c.tagName === 'COLGROUP')) {
    table.setAttribute(COLGROUP, (table.getAttribute(COLGROUP) || '') + colgroup.outerHTML);
    colgroup.remove();
  }
  const caption = [...table.children].find(c => c.tagName === 'CAPTION');
  if (caption) {
    const block = inert.createElement('div');
    block.setAttribute(TABLE_BLOCK, '');
    const p = inert.createElement('p');
    p.setAttribute(CAPTION, '');
    if (caption.hasAttribute('class')) {
      p.setAttribute('class', caption.getAttribute('class'));
    }
    p.append(...caption.childNodes);
    caption.remove();
    table.before(block);
    block.append(p, table);
  }
  [...table.childNodes].filter(isBlank).forEach(node => node.remove());
}

function rawBlock(html) {
  const div = inert.createElement('div');
  div.setAttribute(RAW, html);
  return div;
}

/**
 * Stored HTML as the editor loads it. {@code roundTrip(html)} passes HTML through the editor's
 * schema and back; a top-level block that does not come back the same is kept as raw HTML,
 * and the list of those is returned so the editor can say so.
 */
export function toEditor(html, roundTrip) {
  const root = fragment(html);
  wrapInlineRuns(root);
  const kept = [];
  for (const block of [...root.children]) {
    // The stored HTML of this block: a paragraph made above around loose text was never stored.
    const original = block.hasAttribute(IMPLICIT) ? block.innerHTML : block.outerHTML;
    const shaped = fragment(block.outerHTML);
    shape(shaped);
    if (canonical(fromEditor(roundTrip(shaped.innerHTML))) === canonical(original)) {
      block.replaceWith(...shaped.childNodes);
    } else {
      kept.push(block.tagName.toLowerCase());
      block.replaceWith(rawBlock(original));
    }
  }
  return { html: root.innerHTML, kept };
}

/** The editor's serialised document as the HTML to store. */
export function fromEditor(html) {
  const root = fragment(html);
  for (const element of [...root.querySelectorAll(`[${RAW}]`)]) {
    element.replaceWith(...fragment(element.getAttribute(RAW)).childNodes);
  }
  for (const table of [...root.querySelectorAll('table')]) {
    unshapeTable(table);
  }
  for (const block of [...root.querySelectorAll(`[${TABLE_BLOCK}]`)]) {
    const table = block.querySelector(':scope > table');
    const caption = block.querySelector(`:scope > [${CAPTION}]`);
    if (!table) {
      block.remove();
      continue;
    }
    if (caption && caption.childNodes.length > 0) {
      const element = inert.createElement('caption');
      if (caption.hasAttribute('class')) {
        element.setAttribute('class', caption.getAttribute('class'));
      }
      element.append(...caption.childNodes);
      table.prepend(element);
    }
    block.replaceWith(table);
  }
  const implicit = [...root.querySelectorAll(`p[${IMPLICIT}]`)];
  const isImplicit = e => e && e.tagName === 'P' && e.hasAttribute(IMPLICIT);
  // Two implicit paragraphs side by side are what pressing Enter in one made: real paragraphs.
  const unwrapped = implicit.filter(p => !isImplicit(p.previousElementSibling) && !isImplicit(p.nextElementSibling));
  implicit.forEach(p => p.removeAttribute(IMPLICIT));
  unwrapped.forEach(p => p.replaceWith(...p.childNodes));
  for (const p of [...root.querySelectorAll('p')]) {
    if (unwrappable(p) && !p.hasAttribute(KEPT)) {
      p.replaceWith(...p.childNodes);
    }
    p.removeAttribute(KEPT);
  }
  return root.innerHTML;
}

function unshapeTable(table) {
  // Parsing HTML puts rows that sit straight in a table into a tbody: regroup every row.
  const rows = [...table.querySelectorAll(':scope > tr, :scope > tbody > tr, :scope > thead > tr, :scope > tfoot > tr')];
  if (!rows.some(row => row.hasAttribute(SECTION))) {
    return;
  }
  [...table.children].filter(c => SECTIONS[c.tagName]).forEach(section => section.remove());
  let section = null;
  for (const row of rows) {
    const name = SECTION_TAGS[row.getAttribute(SECTION)] || 'tbody';
    row.removeAttribute(SECTION);
    if (!section || section.tagName.toLowerCase() !== name) {
      section = inert.createElement(name);
      table.append(section);
    }
    section.append(row);
  }
  if (table.hasAttribute(COLGROUP)) {
    // Column groups only parse inside a table.
    table.prepend(...fragment(`<table>${table.getAttribute(COLGROUP)}</table>`).firstChild.childNodes);
    table.removeAttribute(COLGROUP);
  }
}

/**
 * A form of the HTML in which two documents are equal when a reader sees the same thing: white
 * space folded as the browser folds it, attributes and classes in order, and inline formatting
 * as the set that applies to each run of text (so <a><b>x</b></a> equals <b><a>x</a></b>).
 */
export function canonical(html) {
  const out = [];
  walk(fragment(html), [], false, out);
  return tidy(out).join('');
}

function walk(parent, marks, pre, out) {
  for (const node of parent.childNodes) {
    if (node.nodeType === 3) {
      out.push({ text: pre ? node.nodeValue : node.nodeValue.replace(/[ \t\r\n\f]+/g, ' '), marks: marks.join(''), pre });
    } else if (node.nodeType !== 1) {
      continue;
    } else if (isBlock(node)) {
      out.push({ block: `<${node.tagName.toLowerCase()}${attributes(node)}>` });
      walk(node, [], pre || node.tagName === 'PRE', out);
      out.push({ block: `</${node.tagName.toLowerCase()}>` });
    } else if (node.tagName === 'IMG' || node.tagName === 'BR') {
      out.push({ atom: `<${node.tagName.toLowerCase()}${attributes(node)}>`, marks: marks.join('') });
    } else {
      const mark = `<${node.tagName.toLowerCase()}${attributes(node)}>`;
      walk(node, [...marks, mark].sort(), pre, out);
    }
  }
}

function attributes(element) {
  return [...element.attributes]
    .map(a => [a.name, a.name === 'class' ? a.value.split(/\s+/).filter(Boolean).sort().join(' ') : a.value])
    .filter(([name, value]) => !(name === 'class' && value === ''))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
}

/** Drops the white space a block boundary swallows and joins text runs with equal formatting. */
function tidy(tokens) {
  const lines = [];
  let inline = [];
  const flush = () => {
    let text = inline;
    if (!text.some(t => t.pre)) {
      while (text.length && text[0].text !== undefined && (text[0].text = text[0].text.replace(/^ /, '')) === '') text.shift();
      while (text.length && text.at(-1).text !== undefined && (text.at(-1).text = text.at(-1).text.replace(/ $/, '')) === '') text.pop();
    }
    let last = null;
    for (const t of text) {
      if (t.text !== undefined && last && last.text !== undefined && last.marks === t.marks) {
        last.text += t.text;
        lines[lines.length - 1] = `[${t.marks}]${escape(last.text)}`;
        continue;
      }
      if (t.text !== undefined) {
        if (t.text === '') continue;
        lines.push(`[${t.marks}]${escape(t.text)}`);
      } else {
        lines.push(`[${t.marks}]${t.atom}`);
      }
      last = t.text !== undefined ? { ...t } : null;
    }
    inline = [];
  };
  for (const token of tokens) {
    if (token.block) {
      flush();
      lines.push(token.block);
    } else {
      inline.push(token);
    }
  }
  flush();
  return lines.map(line => line + '\n');
}

function escape(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\u00a0/g, '&nbsp;');
}
