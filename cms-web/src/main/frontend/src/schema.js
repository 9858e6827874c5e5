/*
 * The editor's schema: one node or mark per element the article sanitiser keeps, each keeping the
 * attributes the sanitiser keeps, so that what is stored can be shown and written back as it was.
 */
import { Node, Mark, mergeAttributes } from '@tiptap/core';
import { Table, TableRow, TableCell, TableHeader } from '@tiptap/extension-table';
import { BulletList, OrderedList, ListItem } from '@tiptap/extension-list';
import { UndoRedo, Dropcursor, Gapcursor, Placeholder } from '@tiptap/extensions';
import { IMPLICIT, KEPT, RAW, TABLE_BLOCK, CAPTION, SECTION, COLGROUP } from './shape.js';

// Listed outermost first: a link wraps the formatting inside it when both cover the same text.
const MARK_TAGS = ['a', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'mark', 'small', 'abbr', 'q', 'cite', 'code', 'kbd', 'var', 'samp'];

function kept(name, dataName = name) {
  return {
    default: null,
    parseHTML: element => element.getAttribute(dataName),
    renderHTML: attributes => (attributes[name] == null ? {} : { [dataName]: attributes[name] })
  };
}

function keptAll(...names) {
  return Object.fromEntries(names.map(name => [name, kept(name)]));
}

/** An attribute the editor's own code uses and the stored HTML never has. */
const ignored = { default: null, parseHTML: () => null, renderHTML: () => ({}) };

function block(name, tag, content, attributeNames = [], extra = {}) {
  return Node.create({
    name,
    group: 'block',
    content,
    defining: true,
    addAttributes: () => keptAll('class', ...attributeNames),
    parseHTML: () => [{ tag }],
    renderHTML: ({ HTMLAttributes }) => [tag, HTMLAttributes, 0],
    ...extra
  });
}

const Document = Node.create({ name: 'doc', topNode: true, content: 'block+' });
const Text = Node.create({ name: 'text', group: 'inline' });

const Paragraph = Node.create({
  name: 'paragraph',
  priority: 1000,
  group: 'block',
  content: 'inline*',
  addAttributes: () => ({
    class: kept('class'),
    implicit: {
      default: false,
      keepOnSplit: true,
      parseHTML: element => element.hasAttribute(IMPLICIT),
      renderHTML: attributes => (attributes.implicit ? { [IMPLICIT]: '' } : {})
    },
    kept: {
      default: false,
      keepOnSplit: false,
      parseHTML: element => element.hasAttribute(KEPT),
      renderHTML: attributes => (attributes.kept ? { [KEPT]: '' } : {})
    }
  }),
  parseHTML: () => [{ tag: `p:not([${CAPTION}])` }],
  renderHTML: ({ HTMLAttributes }) => ['p', HTMLAttributes, 0],
  addCommands: () => ({
    setParagraph: () => ({ commands }) => commands.setNode('paragraph')
  })
});

const LEVELS = [2, 3, 4, 5, 6];

const Heading = Node.create({
  name: 'heading',
  group: 'block',
  content: 'inline*',
  defining: true,
  addAttributes: () => ({ class: kept('class'), level: { default: 2, rendered: false } }),
  parseHTML: () => LEVELS.map(level => ({ tag: `h${level}`, attrs: { level } })),
  renderHTML: ({ node, HTMLAttributes }) => [`h${node.attrs.level}`, HTMLAttributes, 0],
  addCommands: () => ({
    setHeading: attributes => ({ commands }) => commands.setNode('heading', attributes)
  })
});

const Blockquote = block('blockquote', 'blockquote', 'block+', ['cite']);

const CodeBlock = Node.create({
  name: 'codeBlock',
  group: 'block',
  content: 'text*',
  // WordPress's verse and formatted code blocks carry inline formatting; the code element is the block's own.
  marks: MARK_TAGS.filter(tag => tag !== 'code').map(tag => (tag === 'a' ? 'link' : tag)).join(' '),
  code: true,
  defining: true,
  addAttributes: () => ({
    class: kept('class'),
    code: {
      default: true,
      parseHTML: element => element.querySelector(':scope > code') !== null,
      rendered: false
    },
    codeClass: {
      default: null,
      parseHTML: element => element.querySelector(':scope > code')?.getAttribute('class') ?? null,
      rendered: false
    }
  }),
  parseHTML: () => [{ tag: 'pre', preserveWhitespace: 'full' }],
  renderHTML: ({ node, HTMLAttributes }) =>
    node.attrs.code
      ? ['pre', HTMLAttributes, ['code', node.attrs.codeClass ? { class: node.attrs.codeClass } : {}, 0]]
      : ['pre', HTMLAttributes, 0]
});

const HorizontalRule = Node.create({
  name: 'horizontalRule',
  group: 'block',
  addAttributes: () => keptAll('class'),
  parseHTML: () => [{ tag: 'hr' }],
  renderHTML: ({ HTMLAttributes }) => ['hr', HTMLAttributes]
});

const Image = Node.create({
  name: 'image',
  group: 'inline',
  inline: true,
  draggable: true,
  addAttributes: () => keptAll('src', 'alt', 'title', 'width', 'height', 'class'),
  parseHTML: () => [{ tag: 'img[src]' }],
  renderHTML: ({ HTMLAttributes }) => ['img', HTMLAttributes]
});

const HardBreak = Node.create({
  name: 'hardBreak',
  group: 'inline',
  inline: true,
  selectable: false,
  parseHTML: () => [{ tag: 'br' }],
  renderHTML: () => ['br'],
  addKeyboardShortcuts() {
    return { 'Shift-Enter': () => this.editor.commands.insertContent({ type: 'hardBreak' }) };
  }
});

// Empty containers and lists occur in imported posts (spacers, emptied blocks) and must stay empty.
const Figure = block('figure', 'figure', 'block*');
const Figcaption = block('figcaption', 'figcaption', 'inline*');
const Division = block('division', 'div', 'block*', [], {
  parseHTML: () => [{ tag: `div:not([${RAW}]):not([${TABLE_BLOCK}])` }]
});
const Address = block('address', 'address', 'block+');
const DescriptionList = block('descriptionList', 'dl', '(descriptionTerm | descriptionDetails)+');
const DescriptionTerm = block('descriptionTerm', 'dt', 'block+', [], { group: 'descriptionItem' });
const DescriptionDetails = block('descriptionDetails', 'dd', 'block+', [], { group: 'descriptionItem' });

/** A table with a caption: the caption's paragraph and the table, back together on the way out. */
const TableBlock = Node.create({
  name: 'tableBlock',
  group: 'block',
  content: 'tableCaption table',
  isolating: true,
  parseHTML: () => [{ tag: `div[${TABLE_BLOCK}]` }],
  renderHTML: () => ['div', { [TABLE_BLOCK]: '', class: 'pm-table-block' }, 0]
});

const TableCaption = Node.create({
  name: 'tableCaption',
  content: 'inline*',
  addAttributes: () => keptAll('class'),
  parseHTML: () => [{ tag: `p[${CAPTION}]` }],
  renderHTML: ({ HTMLAttributes }) => ['p', mergeAttributes(HTMLAttributes, { [CAPTION]: '' }), 0]
});

const ArticleTable = Table.extend({
  addAttributes: () => ({ class: kept('class'), colgroup: kept('colgroup', COLGROUP) }),
  renderHTML: ({ HTMLAttributes }) => ['table', HTMLAttributes, 0]
}).configure({ resizable: false, View: null });

const ArticleTableRow = TableRow.extend({
  addAttributes: () => ({ class: kept('class'), section: kept('section', SECTION) })
});

function cellAttributes() {
  return {
    ...this.parent?.(),
    colwidth: ignored,
    align: ignored,
    class: kept('class'),
    scope: kept('scope')
  };
}

const ArticleTableCell = TableCell.extend({ content: 'block+', addAttributes: cellAttributes });
const ArticleTableHeader = TableHeader.extend({ content: 'block+', addAttributes: cellAttributes });

const ArticleBulletList = BulletList.extend({
  content: 'listItem*',
  addAttributes: () => keptAll('class'),
  renderHTML: ({ HTMLAttributes }) => ['ul', HTMLAttributes, 0]
});
const ArticleOrderedList = OrderedList.extend({
  content: 'listItem*',
  addAttributes: () => keptAll('class', 'start'),
  renderHTML: ({ HTMLAttributes }) => ['ol', HTMLAttributes, 0]
});
const ArticleListItem = ListItem.extend({ content: 'block+', addAttributes: () => keptAll('class') });

/**
 * Markup the editor shows but cannot hold as editable nodes (players, or a construct that would
 * not come back the same): kept exactly, shown as its source, edited in the HTML view.
 */
const RawBlock = Node.create({
  name: 'rawBlock',
  addOptions: () => ({ label: 'HTML' }),
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes: () => ({ html: { default: '', parseHTML: element => element.getAttribute(RAW), rendered: false } }),
  parseHTML: () => [{ tag: `div[${RAW}]`, priority: 100 }],
  renderHTML: ({ node }) => ['div', { [RAW]: node.attrs.html }],
  addNodeView() {
    return ({ node }) => {
    const dom = document.createElement('div');
    dom.className = 'pm-raw';
    dom.setAttribute('contenteditable', 'false');
    const label = document.createElement('span');
    label.className = 'pm-raw-label';
    label.textContent = this.options.label;
    const source = document.createElement('code');
    source.textContent = node.attrs.html;
    dom.append(label, source);
    return { dom };
    };
  }
});

const MARK_ATTRIBUTES = {
  a: ['href', 'rel', 'title'],
  abbr: ['title'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime']
};

const SHORTCUTS = {
  strong: 'Mod-b',
  em: 'Mod-i',
  u: 'Mod-u',
  s: 'Mod-Shift-s',
  code: 'Mod-e'
};

function mark(tag) {
  return Mark.create({
    name: tag === 'a' ? 'link' : tag,
    inclusive: tag !== 'a',
    priority: 1000 - MARK_TAGS.indexOf(tag),
    addAttributes: () => keptAll('class', ...(MARK_ATTRIBUTES[tag] || [])),
    parseHTML: () =>
      tag === 'b'
        ? // Google Docs wraps a whole paste in <b style="font-weight:normal">: that is no bold.
          [{ tag: 'b', getAttrs: element => (element.style.fontWeight === 'normal' ? false : null) }]
        : [{ tag }],
    renderHTML: ({ HTMLAttributes }) => [tag, HTMLAttributes, 0],
    addKeyboardShortcuts() {
      const key = SHORTCUTS[tag];
      return key ? { [key]: () => this.editor.commands.toggleMark(this.name) } : {};
    }
  });
}

export function extensions({ placeholder = '', rawLabel = 'HTML' } = {}) {
  return [
    Document, Text, Paragraph, Heading, Blockquote, CodeBlock, HorizontalRule, Image, HardBreak,
    Figure, Figcaption, Division, Address, DescriptionList, DescriptionTerm, DescriptionDetails,
    TableBlock, TableCaption, ArticleTable, ArticleTableRow, ArticleTableCell, ArticleTableHeader,
    ArticleBulletList, ArticleOrderedList, ArticleListItem, RawBlock.configure({ label: rawLabel }),
    ...MARK_TAGS.map(mark),
    UndoRedo, Dropcursor, Gapcursor, Placeholder.configure({ placeholder })
  ];
}
