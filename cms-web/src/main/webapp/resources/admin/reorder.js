/*
 * Drag and drop for the lists whose buttons also reorder them (menus, pages), with the browser's
 * own HTML5 drag and drop. The markup says what may move:
 *   data-reorder="fn"        on the list: fn (a p:remoteCommand) is called with the drop
 *   data-reorder-nest        on the list: a drop to the right of the list's edge puts the item under another
 *   data-reorder-key="k"     on each item (in a table, on an element in its row: the row is the item)
 *   data-reorder-group="g"   on an item that may only land among the items of the same group (siblings)
 *   data-reorder-handle      on the element inside an item that is dragged (draggable="true")
 * The drop sends key, target (the key of the item dropped on), place (before or after it) and
 * child (true or false). The server decides what the drop means and redraws the list: this script
 * only shows where the item would land. Listeners sit on the document, so a redrawn list keeps working.
 */
(function () {
  'use strict';

  /** How far right of the list's left edge the pointer goes to drop an item under another: its indentation. */
  var NEST_OFFSET = 40;
  var MARKS = ['reorder-before', 'reorder-after', 'reorder-child'];
  var dragged = null;

  /** The item the node is in: in a table, the row's (its key is in one of its cells). */
  function itemOf(node) {
    if (!node || !node.closest) {
      return null;
    }
    var row = node.closest('tr');
    return node.closest('[data-reorder-key]') || (row ? row.querySelector('[data-reorder-key]') : null);
  }

  /** What shows the item: its table row, or itself. */
  function shownAs(item) {
    return item.closest('tr') || item;
  }

  function unmark() {
    document.querySelectorAll('.reorder-before, .reorder-after, .reorder-child').forEach(function (el) {
      MARKS.forEach(function (mark) { el.classList.remove(mark); });
    });
  }

  /** The item under the pointer if the dragged one may land next to it, else null. */
  function targetOf(event) {
    var target = itemOf(event.target);
    if (!dragged || !target || target === dragged.item || !dragged.list.contains(target)) {
      return null;
    }
    return target.getAttribute('data-reorder-group') === dragged.item.getAttribute('data-reorder-group') ? target : null;
  }

  function placeOf(event, target) {
    var box = shownAs(target).getBoundingClientRect();
    return {
      after: event.clientY > box.top + box.height / 2,
      child: dragged.list.hasAttribute('data-reorder-nest')
          && event.clientX > dragged.list.getBoundingClientRect().left + NEST_OFFSET
    };
  }

  document.addEventListener('dragstart', function (event) {
    var handle = event.target.closest && event.target.closest('[data-reorder-handle]');
    var item = itemOf(handle);
    var list = item && item.closest('[data-reorder]');
    if (!list) {
      return;
    }
    dragged = { item: item, list: list };
    event.dataTransfer.effectAllowed = 'move';
    // Some browsers start no drag without data.
    event.dataTransfer.setData('text/plain', item.getAttribute('data-reorder-key'));
    if (event.dataTransfer.setDragImage) {
      event.dataTransfer.setDragImage(shownAs(item), 16, 16);
    }
    shownAs(item).classList.add('reorder-dragging');
  });

  document.addEventListener('dragover', function (event) {
    var target = targetOf(event);
    if (!target) {
      return;
    }
    event.preventDefault(); // says the drop is welcome here
    event.dataTransfer.dropEffect = 'move';
    var place = placeOf(event, target);
    unmark();
    shownAs(target).classList.add(place.after ? 'reorder-after' : 'reorder-before');
    if (place.child) {
      shownAs(target).classList.add('reorder-child');
    }
  });

  document.addEventListener('drop', function (event) {
    var target = targetOf(event);
    if (!target) {
      return;
    }
    event.preventDefault();
    var place = placeOf(event, target);
    var send = window[dragged.list.getAttribute('data-reorder')];
    var key = dragged.item.getAttribute('data-reorder-key');
    finish();
    if (typeof send === 'function') {
      send([
        { name: 'key', value: key },
        { name: 'target', value: target.getAttribute('data-reorder-key') },
        { name: 'place', value: place.after ? 'after' : 'before' },
        { name: 'child', value: String(place.child) }
      ]);
    }
  });

  function finish() {
    unmark();
    if (dragged) {
      shownAs(dragged.item).classList.remove('reorder-dragging');
    }
    dragged = null;
  }

  document.addEventListener('dragend', finish);
}());
