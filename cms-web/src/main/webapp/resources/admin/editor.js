/* The article editor's small scripts: put images picked from the media library in place, and
   mount the rich-text editor again when a partial update of the form replaced it. Listeners, not
   inline handlers: the admin's Content-Security-Policy runs none. */
var CmsEditor = (function () {
  var target = 'body';

  $(document).on('pfAjaxComplete', function () {
    CmsRichEditor.mountAll();
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
      if (target === 'featured') {
        setFeatured(url, alt);
      } else {
        insertIntoBody(url, alt);
      }
      PF('mediaPicker').hide();
    }
  };
})();
