package org.maillage.formats.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The shipped schema, loaded once, and the errors a JSON Schema 2020-12 validator finds in a document. */
final class SchemaCheck {
  private static final Schema SCHEMA = load();

  private SchemaCheck() {}

  private static Schema load() {
    try (InputStream in = JsonFormat.schema()) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The validator's errors, or one error when the document is not JSON at all. */
  static List<String> errors(String json) {
    try {
      return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    } catch (RuntimeException e) {
      return List.of("not JSON: " + e.getClass().getSimpleName());
    }
  }
}
