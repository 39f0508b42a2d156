package org.maillage.formats.json;

import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import org.maillage.network.Network;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Writes a network as a Maillage JSON document (<i>écrivain JSON</i>): every field of every model value, with
 * the {@code "format": "maillage/1"} member first.
 *
 * <p>The output is stable: the same network gives the same bytes (members in a fixed order, sets and maps
 * sorted, empty optionals and collections left out), compact on one line by default, or indented by two
 * spaces with {@code \n} line ends ({@link #indented()}), whatever the platform. It is valid against the
 * format's schema ({@link JsonFormat#SCHEMA_RESOURCE}).
 *
 * <pre>{@code
 * String json = NetworkJsonWriter.create().indented().write(network);
 * }</pre>
 *
 * <p>Writing is linear in the size of the network. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class NetworkJsonWriter {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();
  private static final NetworkJsonWriter COMPACT = new NetworkJsonWriter(false);
  private static final NetworkJsonWriter INDENTED = new NetworkJsonWriter(true);

  private final boolean indented;
  private final ObjectWriteContext context;

  private NetworkJsonWriter(boolean indented) {
    this.indented = indented;
    this.context = indented ? new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
      }
    } : ObjectWriteContext.empty();
  }

  /**
   * Returns the compact writer: one document on one line.
   *
   * @return the writer
   * @since 0.1
   */
  public static NetworkJsonWriter create() {
    return COMPACT;
  }

  /**
   * Returns a writer that indents by two spaces, for people to read.
   *
   * @return the writer
   * @since 0.1
   */
  public NetworkJsonWriter indented() {
    return INDENTED;
  }

  /**
   * Tells whether this writer indents.
   *
   * @return true when indented
   * @since 0.1
   */
  public boolean isIndented() {
    return indented;
  }

  /**
   * Writes a network to a string.
   *
   * @param network the network
   * @return the document
   * @throws IllegalArgumentException if the network holds a value of a type unknown to the format, such as a
   *     caller's own {@link org.maillage.member.ProfessionalStanding}
   * @since 0.1
   */
  public String write(Network network) {
    StringWriter out = new StringWriter(8192);
    write(network, out);
    return out.toString();
  }

  /**
   * Writes a network to a character stream, which it flushes and does not close.
   *
   * @param network the network
   * @param out the stream
   * @throws IllegalArgumentException if the network holds a value of a type unknown to the format
   * @throws UncheckedIOException if the stream cannot be written
   * @since 0.1
   */
  public void write(Network network, Writer out) {
    Objects.requireNonNull(network, "NetworkJsonWriter.network");
    try (JsonGenerator g = FACTORY.createGenerator(context, out)) {
      new ModelWriter(g).document(network);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Writes a network to a byte stream in UTF-8, which it flushes and does not close.
   *
   * @param network the network
   * @param out the stream
   * @throws IllegalArgumentException if the network holds a value of a type unknown to the format
   * @throws UncheckedIOException if the stream cannot be written
   * @since 0.1
   */
  public void write(Network network, OutputStream out) {
    Objects.requireNonNull(network, "NetworkJsonWriter.network");
    try (JsonGenerator g = FACTORY.createGenerator(context, out, JsonEncoding.UTF8)) {
      new ModelWriter(g).document(network);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /** Writes a document on a generator the caller owns (JSON Lines). */
  static void write(Network network, JsonGenerator g) {
    new ModelWriter(g).document(network);
  }

  static JsonFactory factory() {
    return FACTORY;
  }

  @Override
  public String toString() {
    return "NetworkJsonWriter[" + (indented ? "indented" : "compact") + "]";
  }
}
