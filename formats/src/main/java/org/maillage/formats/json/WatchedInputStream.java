package org.maillage.formats.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A caller's input stream that remembers the failures it passed on, so that the reader tells a failure of the
 * stream (an {@link java.io.UncheckedIOException}) from bytes the parser cannot decode (a problem of the
 * document).
 *
 * <p>Not thread-safe: one per document.
 */
final class WatchedInputStream extends FilterInputStream {
  private final Set<Throwable> thrown = Collections.newSetFromMap(new IdentityHashMap<>());

  WatchedInputStream(InputStream in) {
    super(in);
  }

  boolean threw(Throwable t) {
    return thrown.contains(t);
  }

  @Override
  public int read() throws IOException {
    try {
      return super.read();
    } catch (IOException e) {
      thrown.add(e);
      throw e;
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    try {
      return super.read(b, off, len);
    } catch (IOException e) {
      thrown.add(e);
      throw e;
    }
  }
}
