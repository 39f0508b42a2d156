package org.maillage.formats.json;

import java.io.InputStream;
import java.util.Objects;

/**
 * The Maillage JSON format (<i>format d'échange JSON</i>): its name and version, and the JSON Schema that
 * describes it.
 *
 * <p>A document is one object with two members: {@code "format": "maillage/1"} and {@code "network"}, the
 * network. Ids are strings, dates ISO ({@code 2026-01-05}), enumerations by their constant's name, and
 * polymorphic values (members, professional standings, jurisdiction facts, professional categories) carry a
 * {@code "type"} member naming their model type. A JSON Lines stream holds one such document per line.
 *
 * <p>This class holds constants only and is thread-safe.
 *
 * @since 0.1
 */
public final class JsonFormat {
  /** The name of the format, before the slash of {@link #FORMAT}. */
  public static final String NAME = "maillage";

  /** The major version of the format this library writes and the newest it reads. */
  public static final int VERSION = 1;

  /** The value of the {@code format} member this library writes: {@code "maillage/1"}. */
  public static final String FORMAT = NAME + "/" + VERSION;

  /**
   * The path of the JSON Schema (draft 2020-12) of version 1 of the format, a resource of this module:
   * {@value}.
   */
  public static final String SCHEMA_RESOURCE = "/org/maillage/formats/json/maillage-1.schema.json";

  private JsonFormat() {}

  /**
   * Opens the JSON Schema of the format, to validate documents with a JSON Schema validator of one's choice.
   *
   * @return the schema, UTF-8; the caller closes it
   * @since 0.1
   */
  public static InputStream schema() {
    return Objects.requireNonNull(JsonFormat.class.getResourceAsStream(SCHEMA_RESOURCE),
        "JsonFormat.schema: the resource " + SCHEMA_RESOURCE + " is missing from the module; rebuild it");
  }
}
