package org.inkwell.cms.web.site;

import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.inkwell.cms.articles.ImageSize;

/**
 * The intrinsic size of an SVG image: its root's {@code width} and {@code height} in pixels, else
 * the size of its {@code viewBox} (what a browser shows it at, and at least its aspect ratio).
 */
final class SvgSize {

  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final Pattern PIXELS = Pattern.compile("\\s*([0-9]{1,6}(?:\\.[0-9]+)?)(?:px)?\\s*");
  private static final Pattern VIEW_BOX = Pattern.compile(
      "\\s*-?[0-9.]+[\\s,]+-?[0-9.]+[\\s,]+([0-9]{1,6}(?:\\.[0-9]+)?)[\\s,]+([0-9]{1,6}(?:\\.[0-9]+)?)\\s*");
  private static final XMLInputFactory XML = XMLInputFactory.newFactory();

  static {
    // Only the root element is read: no document type, nothing fetched.
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
  }

  private SvgSize() {}

  /** Empty when it is no SVG or its root gives no size in pixels. */
  static Optional<ImageSize> read(InputStream svg) {
    try {
      XMLStreamReader reader = XML.createXMLStreamReader(svg);
      try {
        while (reader.hasNext()) {
          if (reader.next() == XMLStreamConstants.START_ELEMENT) {
            return SVG.equals(reader.getNamespaceURI()) && reader.getLocalName().equals("svg")
                ? sizeOf(reader)
                : Optional.empty();
          }
        }
        return Optional.empty();
      } finally {
        reader.close();
      }
    } catch (XMLStreamException notXml) {
      return Optional.empty();
    }
  }

  private static Optional<ImageSize> sizeOf(XMLStreamReader root) {
    Matcher width = pixels(root.getAttributeValue(null, "width"));
    Matcher height = pixels(root.getAttributeValue(null, "height"));
    if (width.matches() && height.matches()) {
      return size(width.group(1), height.group(1));
    }
    String viewBox = root.getAttributeValue(null, "viewBox");
    Matcher box = VIEW_BOX.matcher(viewBox == null ? "" : viewBox);
    return box.matches() ? size(box.group(1), box.group(2)) : Optional.empty();
  }

  private static Matcher pixels(String value) {
    return PIXELS.matcher(value == null ? "" : value);
  }

  private static Optional<ImageSize> size(String width, String height) {
    int w = (int) Math.round(Double.parseDouble(width));
    int h = (int) Math.round(Double.parseDouble(height));
    return w > 0 && h > 0 ? Optional.of(new ImageSize(w, h)) : Optional.empty();
  }
}
