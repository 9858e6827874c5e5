/*
 * The article and page body editor. The form field is the HTML textarea the page renders (it is
 * also the HTML view); the rich view keeps it current, so autosave, the SEO checks and saving
 * see exactly what would be stored.
 */
import { Editor, getSchema, getHTMLFromFragment, findParentNode } from '@tiptap/core';
import { DOMParser as SchemaParser } from '@tiptap/pm/model';
import { NodeSelection } from '@tiptap/pm/state';
import { extensions } from './schema.js';
import { toEditor, fromEditor, fragment } from './shape.js';

const ALIGNMENTS = ['alignleft', 'aligncenter', 'alignright', 'alignwide', 'alignfull', 'alignnone'];

function mount(host) {
  const source = document.getElementById(host.dataset.source);
  const surface = host.querySelector('.rich-surface');
  const toolbar = host.querySelector('.rich-toolbar');
  const keptNotice = host.querySelector('.rich-kept');
  const options = { placeholder: host.dataset.placeholder || '', rawLabel: host.dataset.rawLabel || 'HTML' };
  const schema = getSchema(extensions(options));
  const parser = SchemaParser.fromSchema(schema);
  let changeTimer = null;

  const parse = html => parser.parse(fragment(html));
  const roundTrip = html => getHTMLFromFragment(parse(html).content, schema);

  const editor = new Editor({
    element: surface,
    extensions: extensions(options),
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': host.dataset.labelledby,
        class: 'rich-content article-body'
      }
    },
    onUpdate: () => {
      source.value = stored();
      source.dispatchEvent(new Event('input', { bubbles: true }));
      clearTimeout(changeTimer);
      changeTimer = setTimeout(announceChange, 800);
    },
    onSelectionUpdate: () => reflectState(),
    onTransaction: () => reflectState()
  });

  function stored() {
    return editor.isEmpty ? '' : fromEditor(editor.getHTML());
  }

  /** The page's own listeners (SEO checks, sanitiser warnings) hear the field change. */
  function announceChange() {
    source.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function load(html) {
    const { html: shaped, kept } = toEditor(html, roundTrip);
    editor.commands.setContent(parse(shaped).toJSON(), { emitUpdate: false });
    // The field holds what the editor would save from now on, even if nothing is touched.
    source.value = stored();
    keptNotice.hidden = kept.length === 0;
    keptNotice.querySelector('.rich-kept-count').textContent = String(kept.length);
    reflectState();
  }

  function inside(name) {
    return findParentNode(node => node.type.name === name)(editor.state.selection);
  }

  function selectedImage() {
    const { selection } = editor.state;
    if (selection instanceof NodeSelection && selection.node.type.name === 'image') {
      return { node: selection.node, pos: selection.from };
    }
    let found = null;
    const { $from } = selection;
    $from.parent.forEach((node, offset) => {
      if (!found && node.type.name === 'image') {
        found = { node, pos: $from.start() + offset };
      }
    });
    return found;
  }

  function setLink() {
    const current = editor.getAttributes('link').href || '';
    const href = window.prompt(toolbar.dataset.askLink, current);
    if (href === null) {
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    (href.trim() === '' ? chain.unsetMark('link') : chain.setMark('link', { href: href.trim() })).run();
  }

  /** The caption of a table sits in a block beside it; a table without one gets that block. */
  function captionTable() {
    if (inside('tableBlock')) {
      return;
    }
    const table = inside('table');
    if (!table) {
      return;
    }
    const caption = schema.nodes.tableCaption.create();
    const block = schema.nodes.tableBlock.create(null, [caption, table.node]);
    editor.chain().focus().command(({ tr }) => {
      tr.replaceWith(table.pos, table.pos + table.node.nodeSize, block);
      return true;
    }).setTextSelection(table.pos + 2).run();
  }

  function deleteTable() {
    const target = inside('tableBlock') || inside('table');
    if (target) {
      editor.chain().focus().deleteRange({ from: target.pos, to: target.pos + target.node.nodeSize }).run();
    }
  }

  /** Wraps the paragraph holding the image in a figure with an empty caption, as WordPress writes it. */
  function figure() {
    const image = selectedImage();
    const paragraph = inside('paragraph');
    if (!image || !paragraph || inside('figure')) {
      return;
    }
    const figureNode = schema.nodes.figure.create({ class: 'wp-block-image' }, [
      schema.nodes.paragraph.create({ implicit: true }, paragraph.node.content),
      schema.nodes.figcaption.create()
    ]);
    editor.chain().focus().command(({ tr }) => {
      tr.replaceWith(paragraph.pos, paragraph.pos + paragraph.node.nodeSize, figureNode);
      return true;
    }).setTextSelection(paragraph.pos + figureNode.child(0).nodeSize + 2).run();
  }

  /** Alignment is WordPress's classes, on the figure when the image has one, else on the image. */
  function align(value) {
    const image = selectedImage();
    const holder = inside('figure');
    const target = holder || image;
    if (!target) {
      return;
    }
    const classes = (target.node.attrs.class || '').split(/\s+/).filter(c => c && !ALIGNMENTS.includes(c));
    if (value) {
      classes.push(value);
    }
    editor.chain().focus().command(({ tr }) => {
      tr.setNodeMarkup(target.pos, null, { ...target.node.attrs, class: classes.join(' ') || null });
      return true;
    }).run();
  }

  function setBlock(value) {
    const chain = editor.chain().focus();
    (value === 'p' ? chain.setParagraph() : chain.setHeading({ level: Number(value.slice(1)) })).run();
  }

  function showSource(on) {
    if (on) {
      source.value = stored();
    } else {
      load(source.value);
    }
    host.classList.toggle('rich-source-view', on);
    toolbar.querySelector('[data-command="source"]').setAttribute('aria-pressed', String(on));
    (on ? source : editor.view.dom).focus();
  }

  const COMMANDS = {
    strong: () => editor.chain().focus().toggleMark('strong').run(),
    em: () => editor.chain().focus().toggleMark('em').run(),
    s: () => editor.chain().focus().toggleMark('s').run(),
    code: () => editor.chain().focus().toggleMark('code').run(),
    link: setLink,
    bulletList: () => editor.chain().focus().toggleBulletList().run(),
    orderedList: () => editor.chain().focus().toggleOrderedList().run(),
    indent: () => editor.chain().focus().sinkListItem('listItem').run(),
    outdent: () => editor.chain().focus().liftListItem('listItem').run(),
    blockquote: () => editor.chain().focus().toggleWrap('blockquote').run(),
    codeBlock: () => editor.chain().focus().toggleNode('codeBlock', 'paragraph').run(),
    table: () => editor.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    addRow: () => editor.chain().focus().addRowAfter().run(),
    addColumn: () => editor.chain().focus().addColumnAfter().run(),
    deleteRow: () => editor.chain().focus().deleteRow().run(),
    deleteColumn: () => editor.chain().focus().deleteColumn().run(),
    headerRow: () => editor.chain().focus().toggleHeaderRow().run(),
    tableCaption: captionTable,
    deleteTable,
    figure,
    undo: () => editor.chain().focus().undo().run(),
    redo: () => editor.chain().focus().redo().run(),
    source: () => showSource(!host.classList.contains('rich-source-view'))
  };

  const MARKS = ['strong', 'em', 's', 'code', 'link', 'bulletList', 'orderedList', 'blockquote', 'codeBlock'];
  const TABLE_ONLY = ['addRow', 'addColumn', 'deleteRow', 'deleteColumn', 'headerRow', 'tableCaption', 'deleteTable'];

  function reflectState() {
    for (const name of MARKS) {
      const button = toolbar.querySelector(`[data-command="${name}"]`);
      if (button) {
        button.setAttribute('aria-pressed', String(editor.isActive(name)));
      }
    }
    const inTable = editor.isActive('table');
    for (const name of TABLE_ONLY) {
      const button = toolbar.querySelector(`[data-command="${name}"]`);
      if (button) {
        button.disabled = !inTable;
      }
    }
    const blockSelect = toolbar.querySelector('[data-command="block"]');
    if (blockSelect) {
      const heading = LEVEL_NAMES.find(level => editor.isActive('heading', { level: Number(level.slice(1)) }));
      blockSelect.value = heading || 'p';
    }
  }

  const LEVEL_NAMES = ['h2', 'h3', 'h4', 'h5', 'h6'];

  toolbar.addEventListener('click', event => {
    const button = event.target.closest('button[data-command]');
    if (button && COMMANDS[button.dataset.command]) {
      event.preventDefault();
      COMMANDS[button.dataset.command]();
    }
  });
  toolbar.addEventListener('change', event => {
    const command = event.target.dataset.command;
    if (command === 'block') {
      setBlock(event.target.value);
    } else if (command === 'align') {
      align(event.target.value);
      event.target.value = '';
    }
  });

  load(source.value);

  return {
    editor,
    keptBlocks: () => Number(keptNotice.querySelector('.rich-kept-count').textContent),
    insertImage(src, alt) {
      editor.chain().focus().insertContent({ type: 'image', attrs: { src, alt } }).run();
    },
    showSource
  };
}

const editors = {};

function mountAll() {
  for (const [id, mounted] of Object.entries(editors)) {
    if (!mounted.editor.view.dom.isConnected) {
      mounted.editor.destroy();
      delete editors[id];
    }
  }
  for (const host of document.querySelectorAll('[data-rich-editor]')) {
    if (!host.dataset.mounted) {
      host.dataset.mounted = 'true';
      editors[host.dataset.source] = mount(host);
    }
  }
}

/** Scripts of the page (the media picker) and tests reach the editor of a field by its id. */
window.CmsRichEditor = {
  of: id => editors[id],
  mountAll
};

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', mountAll);
} else {
  mountAll();
}
