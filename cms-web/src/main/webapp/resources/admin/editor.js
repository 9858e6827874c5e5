/* The article editor's small scripts: put images picked from the media library in place, and
   mount the rich-text editor again when a partial update of the form replaced it. Listeners, not
   inline handlers: the admin's Content-Security-Policy runs none. */
var CmsEditor = (function () {
  var target = 'body';

  // Leaving with changes not saved asks first; a save that went through clears them, and the page
  // a save moves to (a new article's address) is no leaving.
  var unsaved = false;
  var saving = false;
  var SAVES = ['saveDraft', 'publish', 'schedule', 'submitForReview', 'unpublish', 'restore', 'trash', 'saveMine'];

  function isSave(settings) {
    var source = settings && settings.source ? (settings.source.id || settings.source) : '';
    return SAVES.some(function (id) { return source === 'editor:' + id; });
  }

  $(document).on('input change', '#editor', function () {
    unsaved = true;
  });

  $(document).on('pfAjaxSend', function (event, xhr, settings) {
    saving = saving || isSave(settings);
  });

  $(document).on('pfAjaxComplete', function (event, xhr, settings) {
    CmsRichEditor.mountAll();
    if (isSave(settings)) {
      saving = false;
      if (!(xhr.pfArgs && xhr.pfArgs.validationFailed) && !document.querySelector('.conflict')) {
        unsaved = false;
      }
    }
  });

  window.addEventListener('beforeunload', function (event) {
    if (unsaved && !saving) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  // "Insert image" and "Choose featured image" open the picker for their place.
  $(document).on('click', '[data-pick-for]', function () {
    target = this.getAttribute('data-pick-for');
    PF('mediaPicker').show();
  });

  $(document).on('click', '.media-pick', function () {
    CmsEditor.pick(this);
  });

  function insertIntoBody(url, alt) {
    CmsRichEditor.of('editor:body').insertImage(url, alt);
  }

  function setFeatured(url, alt) {
    document.getElementById('editor:featuredImage').value = url;
    var altInput = document.getElementById('editor:featuredImageAlt');
    if (!altInput.value) {
      altInput.value = alt;
    }
  }

  return {
    pickFor: function (where) {
      target = where;
    },
    pick: function (button) {
      var url = button.getAttribute('data-url');
      var alt = button.getAttribute('data-alt') || window.prompt(button.getAttribute('data-ask')) || '';
      // Closed first: the modal dialog holds the focus, which the editor takes to put the image in.
      PF('mediaPicker').hide();
      if (target === 'featured') {
        setFeatured(url, alt);
      } else {
        insertIntoBody(url, alt);
      }
    }
  };
})();
