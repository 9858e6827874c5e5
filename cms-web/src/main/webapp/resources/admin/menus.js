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
