package org.maillage.formats.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Objects;
import org.maillage.network.Network;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes networks as JSON Lines (<i>écrivain JSON Lines</i>): each network one compact Maillage JSON document
 * on a line of its own, ended by {@code \n}.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(path)) {
 *   NetworkJsonLinesWriter.create().writeAll(networks.iterator(), out);
 * }
 * }</pre>
 *
 * <p>Each line is the output of {@link NetworkJsonWriter#create()} for its network, so it is stable and
 * valid against the schema. Memory does not grow with the number of networks. This class is immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class NetworkJsonLinesWriter {
  private static final NetworkJsonLinesWriter INSTANCE = new NetworkJsonLinesWriter();

  private NetworkJsonLinesWriter() {}

  /**
   * Returns the writer.
   *
   * @return the writer
   * @since 0.1
   */
  public static NetworkJsonLinesWriter create() {
    return INSTANCE;
  }

  /**
   * Writes one network as one line, which it does not flush.
   *
   * @param network the network
   * @param out the stream
   * @throws IllegalArgumentException if the network holds a value of a type unknown to the format
   * @throws UncheckedIOException if the stream cannot be written
   * @since 0.1
   */
  public void write(Network network, Writer out) {
    Objects.requireNonNull(network, "NetworkJsonLinesWriter.network");
    try (JsonGenerator g = NetworkJsonWriter.factory().createGenerator(ObjectWriteContext.empty(), out)) {
      NetworkJsonWriter.write(network, g);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
    try {
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes every network of an iterator, one line each, as they come, then flushes the stream.
   *
   * @param networks the networks
   * @param out the stream, not closed
   * @return the number of lines written
   * @throws IllegalArgumentException if a network holds a value of a type unknown to the format
   * @throws UncheckedIOException if the stream cannot be written
   * @since 0.1
   */
  public long writeAll(Iterator<Network> networks, Writer out) {
    long count = 0;
    while (networks.hasNext()) {
      write(networks.next(), out);
      count++;
    }
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return count;
  }

  @Override
  public String toString() {
    return "NetworkJsonLinesWriter";
  }
}
