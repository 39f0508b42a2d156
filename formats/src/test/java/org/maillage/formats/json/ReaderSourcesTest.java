package org.maillage.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.maillage.formats.FormatException;

/** A failing stream is an I/O error of the caller's; bytes that are not text are a problem of the document. */
class ReaderSourcesTest {

  @Test
  void a_stream_that_fails_is_an_unchecked_io_exception() {
    // given
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk gone");
      }
    };

    // then
    assertThatThrownBy(() -> NetworkJsonReader.create().read(failing)).isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk gone");
  }

  @Test
  void bytes_out_of_their_encoding_are_a_format_exception_from_bytes_and_streams() {
    // given: the start of UTF-32 announced, then cut (a fuzzing finding)
    byte[] bytes = {0x76, 0, 0, 0, 0, 0, 0, 0, 0, 0x6f};
    byte[] ucs4 = {0, 0x7b, 0, 0};

    // when
    FormatException fromBytes = catchThrowableOfType(FormatException.class,
        () -> NetworkJsonReader.create().read(bytes));
    FormatException fromStream = catchThrowableOfType(FormatException.class,
        () -> NetworkJsonReader.create().read(new ByteArrayInputStream(ucs4)));

    // then
    assertThat(fromBytes.problems()).extracting(p -> p.messageKey()).containsAnyOf("format.json.encoding",
        "format.json.syntax");
    assertThat(fromStream.problems()).isNotEmpty();
  }
}
