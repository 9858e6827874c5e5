/* The article editor's small scripts: keep the rich-text field's value current while typing (so the
   live SEO checks see what is on screen), and put images picked from the media library in place. */
var CmsEditor = (function () {
  var target = 'body';

  var render = PrimeFaces.widget.TextEditor.prototype._render;
  PrimeFaces.widget.TextEditor.prototype._render = function () {
    render.call(this);
    var widget = this;
    this.editor.on('text-change', function () {
      widget.input.val(widget.getEditorValue());
    });
  };

  function insertIntoBody(url, alt) {
    var quill = PF('bodyEditor').editor;
    var range = quill.getSelection(true) || { index: quill.getLength() };
    quill.insertEmbed(range.index, 'image', url, 'user');
    quill.formatText(range.index, 1, 'alt', alt, 'user');
    quill.setSelection(range.index + 1, 0, 'user');
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
