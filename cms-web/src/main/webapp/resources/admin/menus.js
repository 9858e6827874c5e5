/* The menus screen redraws its items after each change: the keyboard goes back to where it was. */

/** The item's button for this action if it still has one, else the item's first button. */
function menuFocus(key, action) {
  var item = document.querySelector('[data-item="' + key + '"]');
  if (!item) {
    return;
  }
  var button = item.querySelector('[data-action="' + action + '"]') || item.querySelector('[data-action]');
  if (button) {
    button.focus();
  }
}

function menuFocusInput(id) {
  var input = document.getElementById(id);
  if (input) {
    input.focus();
  }
}

/*
 * Nothing is stored before Save: leaving the screen with changes asks first. The form says whether
 * the menu the server holds differs from the saved one (data-unsaved, redrawn with the form); a
 * label or address typed since the form was last drawn counts too.
 */
(function () {
  'use strict';
  var typedIn = null;

  document.addEventListener('input', function (event) {
    var form = event.target.closest && event.target.closest('form[data-unsaved]');
    if (form && event.target.closest('.menu-outline')) {
      typedIn = form;
    }
  });

  window.addEventListener('beforeunload', function (event) {
    var form = document.querySelector('form[data-unsaved]');
    if (!form) {
      return;
    }
    if (form.getAttribute('data-unsaved') === 'true' || typedIn === form) {
      event.preventDefault();
      event.returnValue = ''; // what older browsers need to ask
    }
  });
}());
