/* The admin frame's behaviour, as listeners: the pages' Content-Security-Policy runs no inline
   handlers. On narrow screens the menu folds away behind its button. */
(function () {
  document.documentElement.classList.add('admin-js');

  function menu() {
    return document.getElementById('adminNav');
  }

  function setOpen(button, open) {
    button.setAttribute('aria-expanded', String(open));
    menu().classList.toggle('admin-nav-open', open);
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('#adminMenuButton');
    if (button) {
      var open = button.getAttribute('aria-expanded') !== 'true';
      setOpen(button, open);
      if (open) {
        var first = menu().querySelector('a');
        if (first) {
          first.focus();
        }
      }
    }
  });

  /*
   * PrimeFaces widgets whose ARIA contradicts their markup, repaired where they appear (page load,
   * Ajax updates, tokens added as one types):
   * - a multiple autocomplete (tags) is a listbox whose items are the chosen tokens plus the text
   *   field: kept as the plain list of chosen values it is, the field keeps its own label;
   * - the upload's "choose" control is a focusable span around a hidden file field: the file field
   *   itself, named by the span's text, takes the keyboard (Enter or Space opens the file chooser).
   */
  function repairWidgets(root) {
    root.querySelectorAll('.ui-autocomplete-multiple-container[role]').forEach(function (list) {
      list.removeAttribute('role');
      list.removeAttribute('aria-orientation');
    });
    root.querySelectorAll('.ui-autocomplete-multiple-container > li[role]').forEach(function (token) {
      token.removeAttribute('role');
      token.removeAttribute('aria-selected');
    });
    root.querySelectorAll('.ui-fileupload-choose[tabindex]').forEach(function (choose) {
      var field = choose.querySelector('input[type=file]');
      var label = choose.querySelector('.ui-button-text[id]');
      if (field) {
        choose.removeAttribute('tabindex');
        choose.removeAttribute('aria-labelledby');
        field.removeAttribute('aria-hidden');
        field.removeAttribute('tabindex');
        if (label) {
          field.setAttribute('aria-labelledby', label.id);
        }
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    repairWidgets(document);
    new MutationObserver(function (changes) {
      for (var i = 0; i < changes.length; i++) {
        if (changes[i].addedNodes.length || changes[i].type === 'attributes') {
          repairWidgets(document);
          return;
        }
      }
    }).observe(document.body, {childList: true, subtree: true, attributes: true, attributeFilter: ['role', 'tabindex']});
  });

  // Escape closes the open menu and gives the keyboard back to its button.
  document.addEventListener('keydown', function (event) {
    var button = document.getElementById('adminMenuButton');
    if (event.key === 'Escape' && button && button.getAttribute('aria-expanded') === 'true'
        && menu().contains(document.activeElement)) {
      setOpen(button, false);
      button.focus();
    }
  });
})();
