package org.inkwell.cms.web.check;

/**
 * One message of the Nu HTML Checker and where it points in the checked document: 1-based line and
 * column of the end of the markup concerned (of an element's start tag, say), -1 if unknown.
 */
public record HtmlProblem(int line, int column, String message) {

  @Override
  public String toString() {
    return line + ":" + column + " " + message;
  }
}
