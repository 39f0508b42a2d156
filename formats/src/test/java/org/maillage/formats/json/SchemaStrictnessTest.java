package org.maillage.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The shipped schema is strict: every object closed, every enumeration closed, the format's version fixed. */
class SchemaStrictnessTest {

  private static JsonNode schema() throws IOException {
    try (InputStream in = JsonFormat.schema()) {
      return new ObjectMapper().readTree(in);
    }
  }

  private static void objects(JsonNode node, String path, List<String> open) {
    if (node.isObject()) {
      if (node.has("properties") && !(node.has("unevaluatedProperties")
          && node.get("unevaluatedProperties").isBoolean() && !node.get("unevaluatedProperties").booleanValue())) {
        open.add(path);
      }
      node.properties().forEach(e -> objects(e.getValue(), path + "/" + e.getKey(), open));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        objects(node.get(i), path + "/" + i, open);
      }
    }
  }

  @Test
  void every_object_of_the_schema_is_closed() throws IOException {
    // given
    JsonNode schema = schema();
    List<String> open = new ArrayList<>();

    // when
    objects(schema, "", open);

    // then
    assertThat(open).isEmpty();
    assertThat(schema.get("$schema").stringValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("properties").get("format").get("const").stringValue()).isEqualTo(JsonFormat.FORMAT);
  }

  @Test
  void every_enumeration_of_the_schema_lists_the_constants_of_its_model_enumeration() throws IOException {
    // given
    JsonNode defs = schema().get("$defs");
    List<String> checked = new ArrayList<>();

    // when
    defs.properties().forEach(e -> {
      if (e.getValue().has("enum")) {
        Class<?> type = enumeration(e.getKey());
        List<String> constants = new ArrayList<>();
        for (Object c : type.getEnumConstants()) {
          constants.add(((Enum<?>) c).name());
        }
        List<String> inSchema = new ArrayList<>();
        e.getValue().get("enum").forEach(v -> inSchema.add(v.stringValue()));
        // then
        assertThat(inSchema).as(e.getKey()).isEqualTo(constants);
        checked.add(e.getKey());
      }
    });

    // then
    assertThat(checked).hasSizeGreaterThan(30);
  }

  private static Class<?> enumeration(String name) {
    for (String p : List.of("member", "network", "person", "sharing", "sharing.fr", "sharing.be", "referent", "project",
        "partnership")) {
      try {
        return Class.forName("org.maillage." + p + "." + name);
      } catch (ClassNotFoundException e) {
        // another package
      }
    }
    throw new AssertionError("no model enumeration named " + name);
  }
}
