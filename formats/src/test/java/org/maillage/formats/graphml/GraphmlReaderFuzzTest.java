package org.maillage.formats.graphml;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.maillage.formats.FormatException;

/**
 * Jazzer on the GraphML reader: any bytes are read into a network or refused with the reader's own error,
 * never another exception. In CI it runs in regression mode on the committed seeds
 * ({@code GraphmlReaderFuzzTestInputs/readsAnyBytes}); {@code JAZZER_FUZZ=1} fuzzes (see the README).
 */
class GraphmlReaderFuzzTest {
  private static final GraphmlReader READER = GraphmlReader.builder().maxElements(10_000).maxTextLength(10_000)
      .build();

  @FuzzTest(maxDuration = "5m")
  void readsAnyBytes(byte[] data) {
    try {
      READER.read(new ByteArrayInputStream(data));
    } catch (FormatException expected) {
      // the reader's own error: the only one allowed
    }
  }
}
