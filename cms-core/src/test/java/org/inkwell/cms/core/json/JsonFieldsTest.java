package org.inkwell.cms.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.inkwell.cms.core.FieldError;
import org.inkwell.cms.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

  @Test
  void aMemberNamedTwiceIsRefusedAtThatMember() {
    assertRefused("{\"status\":\"draft\",\"status\":\"published\"}", "status", "appears more than once in the object");
    assertRefused("{\"seo\":{\"metaTitle\":\"a\",\"metaTitle\":\"b\"}}", "seo.metaTitle", "appears more than once in the object");
  }

  @Test
  void theSameNameInDifferentObjectsIsFine() {
    JsonFields json = JsonFields.parse("{\"name\":\"a\",\"seo\":{\"name\":\"b\"},\"list\":[{\"name\":\"c\"},{\"name\":\"d\"}]}");

    assertThat(json.string("name")).isEqualTo("a");
    assertThat(json.object("seo").string("name")).isEqualTo("b");
  }

  @Test
  void nestingBeyondTheLimitIsRefusedAtTheTopMember() {
    String deep = "{\"seo\":" + "[".repeat(1000) + "]".repeat(1000) + "}";

    assertRefused(deep, "seo", "is nested deeper than " + JsonFields.MAX_DEPTH + " levels");
  }

  @Test
  void nestingUpToTheLimitIsRead() {
    int arrays = JsonFields.MAX_DEPTH - 1; // the body's own object is the first level
    JsonFields json = JsonFields.parse("{\"a\":" + "[".repeat(arrays) + "1" + "]".repeat(arrays) + "}");

    assertThat(json.has("a")).isTrue();
    assertRefused("{\"a\":" + "[".repeat(arrays + 1) + "]".repeat(arrays + 1) + "}", "a", "is nested deeper than " + JsonFields.MAX_DEPTH + " levels");
  }

  @Test
  void valuesOfEveryTypeSurviveTheReading() {
    JsonFields json = JsonFields.parse("{\"s\":\"x\",\"n\":2,\"d\":1.5,\"t\":true,\"z\":null,\"ids\":[3,4],\"o\":{\"k\":[\"v\"]}}");

    assertThat(json.string("s")).isEqualTo("x");
    assertThat(json.integer("n", 0, 9)).isEqualTo(2);
    assertThat(json.number("d", 0, 9)).isEqualTo(1.5);
    assertThat(json.bool("t")).isTrue();
    assertThat(json.has("z")).isFalse();
    assertThat(json.ids("ids")).containsExactly(3L, 4L);
    assertThat(json.object("o").strings("k", null)).containsExactly("v");
  }

  @Test
  void objectsInAnArrayNameTheirPlaceInEachProblem() {
    JsonFields json = JsonFields.parse("{\"items\":[{\"label\":\"a\"},{\"label\":7}]}");

    var items = json.objects("items");
    assertThat(items.get(0).string("label")).isEqualTo("a");
    assertThat(items.get(1).string("label")).isNull();
    assertThatThrownBy(json::throwIfInvalid)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).containsExactly(new FieldError("items[1].label", "must be a string")));
  }

  @Test
  void anArrayWithSomethingElseThanObjectsIsRefusedAtTheArray() {
    JsonFields json = JsonFields.parse("{\"items\":[{},3]}");

    assertThat(json.objects("items")).isEmpty();
    assertThatThrownBy(json::throwIfInvalid)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).containsExactly(new FieldError("items", "must be an array of objects")));
  }

  private static void assertRefused(String body, String field, String message) {
    assertThatThrownBy(() -> JsonFields.parse(body))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors()).containsExactly(new FieldError(field, message)));
  }
}
