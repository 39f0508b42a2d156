package org.maillage.formats.egor;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.maillage.formats.FormatException;

/**
 * Jazzer on the egor tables' reader: any bytes, cut into the three tables at the first two NUL bytes, are read
 * into networks or refused with the reader's own error, never another exception. In CI it runs in regression
 * mode on the committed seeds ({@code EgorReaderFuzzTestInputs/readsAnyTables}); {@code JAZZER_FUZZ=1} fuzzes.
 */
class EgorReaderFuzzTest {
  private static final EgorReader READER = EgorReader.builder().maxRows(10_000).maxFieldLength(10_000).build();

  @FuzzTest(maxDuration = "5m")
  void readsAnyTables(byte[] data) {
    int first = indexOf(data, 0);
    int second = first < 0 ? -1 : indexOf(data, first + 1);
    byte[] egos = first < 0 ? data : Arrays.copyOfRange(data, 0, first);
    byte[] alters = first < 0 ? new byte[0] : Arrays.copyOfRange(data, first + 1, second < 0 ? data.length : second);
    byte[] aaties = second < 0 ? new byte[0] : Arrays.copyOfRange(data, second + 1, data.length);
    try {
      READER.read(new ByteArrayInputStream(egos), new ByteArrayInputStream(alters), new ByteArrayInputStream(aaties));
    } catch (FormatException expected) {
      // the reader's own error: the only one allowed
    }
  }

  private static int indexOf(byte[] data, int from) {
    for (int i = from; i < data.length; i++) {
      if (data[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}
