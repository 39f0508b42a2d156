package org.maillage.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.maillage.formats.FormatException;
import org.maillage.network.Network;

/**
 * Fuzzing of the JSON reader: whatever the bytes, it returns a network that reads back equal, or throws its own
 * {@link FormatException} with at least one problem; any other exception, a hang or an out-of-memory fails.
 *
 * <p>Every build runs it in regression mode on the committed inputs ({@code JsonReaderFuzzTestInputs/}); the
 * README gives the command of a fuzzing session.
 */
class JsonReaderFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void bytes_are_read_or_refused_with_the_readers_own_error(byte[] input) {
    // given
    NetworkJsonReader reader = NetworkJsonReader.create();

    // when
    Network network;
    try {
      network = reader.read(input);
    } catch (FormatException e) {
      // then
      assertThat(e.problems()).isNotEmpty();
      return;
    }
    // then
    assertThat(reader.read(NetworkJsonWriter.create().write(network))).isEqualTo(network);
  }

  @FuzzTest(maxDuration = "5m")
  void text_is_read_or_refused_with_the_readers_own_error(byte[] input) {
    // given
    String text = new String(input, StandardCharsets.UTF_8);

    // when
    try {
      NetworkJsonReader.create().acceptingUnknownMembers().read(text);
    } catch (FormatException e) {
      // then
      assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isNotNegative());
    }
  }
}
