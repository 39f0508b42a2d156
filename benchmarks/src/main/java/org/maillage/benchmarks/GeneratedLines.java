package org.maillage.benchmarks;

import java.io.Reader;
import org.maillage.formats.json.NetworkJsonWriter;
import org.maillage.network.Network;

/**
 * A JSON Lines stream made as it is read (<i>flux généré</i>), never stored: {@code count} documents of the same
 * network, each with an id of its own ({@code n-0}, {@code n-1}, …), one per line. Memory is one document's
 * text, whatever the count; 100,000 documents of the 60-member network are about 4 GB of text.
 *
 * <p>Not thread-safe: one reader per stream.
 */
final class GeneratedLines extends Reader {
  private final char[] before;
  private final char[] after;
  private final long count;
  private long line;
  private char[] current = new char[0];
  private int position;

  /**
   * @param network the network each line holds
   * @param count the number of lines
   */
  GeneratedLines(Network network, long count) {
    String json = NetworkJsonWriter.create().write(network) + "\n";
    String id = "\"network\":{\"id\":\"" + network.id().value() + "\"";
    int at = json.indexOf(id);
    if (at < 0) {
      throw new IllegalStateException("GeneratedLines: the network's id is not where the writer puts it");
    }
    this.before = json.substring(0, at + id.length() - network.id().value().length() - 1).toCharArray();
    this.after = json.substring(at + id.length() - 1).toCharArray();
    this.count = count;
  }

  /** The length of one line, in characters, the id aside. */
  int lineLength() {
    return before.length + after.length;
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    if (position == current.length) {
      if (line == count) {
        return -1;
      }
      char[] id = ("n-" + line++).toCharArray();
      char[] next = new char[before.length + id.length + after.length];
      System.arraycopy(before, 0, next, 0, before.length);
      System.arraycopy(id, 0, next, before.length, id.length);
      System.arraycopy(after, 0, next, before.length + id.length, after.length);
      current = next;
      position = 0;
    }
    int n = Math.min(length, current.length - position);
    System.arraycopy(current, position, buffer, offset, n);
    position += n;
    return n;
  }

  @Override
  public void close() {
    // nothing held
  }
}
