package org.maillage.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.maillage.formats.FormatException;
import org.maillage.formats.FormatProblem;

/**
 * The corpus of bad documents ({@code corpus/index.tsv}): each is refused with the expected pointer and message
 * key for its first problem, every problem has a position and renders in French, English and Dutch, and the
 * schema refuses it too where it can see the fault.
 */
class BadInputCorpusTest {
  private static final String CORPUS = "/org/maillage/formats/json/corpus/";

  /** One line of the index. */
  record Case(String file, String pointer, String key, boolean schemaSees) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Case> corpus() {
    return text(CORPUS + "index.tsv").lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> {
      String[] f = l.split("\t", -1);
      return new Case(f[0], f[1], f[2], f[3].equals("yes"));
    });
  }

  static String text(String resource) {
    try (InputStream in = BadInputCorpusTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void each_bad_document_is_refused_with_its_pointer_and_key(Case c) {
    // given
    String json = text(CORPUS + c.file());

    // when
    FormatException e = catchThrowableOfType(FormatException.class, () -> NetworkJsonReader.create().read(json));

    // then
    assertThat(e).as(c.file()).isNotNull();
    assertThat(e.problems()).as(c.file() + " " + e.problems())
        .anySatisfy(p -> assertThat(p.messageKey() + " " + p.pointer()).isEqualTo(c.key() + " " + c.pointer()));
    assertThat(e.problems()).allSatisfy(p -> {
      assertThat(p.line()).isPositive();
      assertThat(p.column()).isPositive();
      for (Locale l : List.of(Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
        assertThat(p.message(l)).doesNotContain("{").contains(p.pointer().isEmpty() ? "/" : p.pointer());
      }
    });
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void the_schema_refuses_each_bad_document_it_can_see(Case c) {
    // given
    String json = text(CORPUS + c.file());

    // when
    List<String> errors = SchemaCheck.errors(json);

    // then
    if (c.schemaSees()) {
      assertThat(errors).as(c.file()).isNotEmpty();
    } else {
      assertThat(errors).as(c.file() + ": marked as unseen by the schema; if it sees it now, mark it yes")
          .isEmpty();
    }
  }

  @Test
  void the_valid_document_of_the_corpus_is_read_and_valid() {
    // given
    String json = text("/org/maillage/formats/json/valid-minimal.json");

    // when
    var network = NetworkJsonReader.create().read(json);

    // then
    assertThat(network.members()).hasSize(2);
    assertThat(SchemaCheck.errors(json)).isEmpty();
  }

  @Test
  void members_the_model_gives_a_default_may_be_left_out_for_the_reader_and_the_schema() {
    // given
    String json = text("/org/maillage/formats/json/valid-defaults-left-out.json");

    // when
    var network = NetworkJsonReader.create().read(json);

    // then
    assertThat(network.formality()).isEqualTo(org.maillage.network.Formality.INFORMAL);
    assertThat(network.members()).allSatisfy(m -> assertThat(m.alive()).isTrue());
    assertThat(SchemaCheck.errors(json)).isEmpty();
  }

  @Test
  void every_problem_of_a_document_is_reported_not_only_the_first() {
    // given
    String json = text("/org/maillage/formats/json/valid-minimal.json")
        .replace("\"INFORMAL\"", "\"SEMI\"")
        .replace("\"alive\":true", "\"alive\":1")
        .replace("\"nature\":\"SUPPORT\"", "\"nature\":\"HUGS\",\"colour\":\"blue\"");

    // when
    FormatException e = catchThrowableOfType(FormatException.class, () -> NetworkJsonReader.create().read(json));

    // then
    assertThat(e.problems()).extracting(FormatProblem::pointer).containsExactly("/network/formality",
        "/network/members/0/alive", "/network/members/1/alive", "/network/ties/0/nature", "/network/ties/0/colour");
    assertThat(e.problems()).extracting(FormatProblem::messageKey).containsExactly("format.json.invalid-value",
        "format.json.wrong-type", "format.json.wrong-type", "format.json.invalid-value",
        "format.json.unknown-member");
    assertThat(e.problems().get(1).expected()).contains("boolean");
    assertThat(e.problems().get(1).found()).contains("number");
  }

  @Test
  void the_lenient_mode_accepts_unknown_members_and_nothing_else() {
    // given
    String unknown = text(CORPUS + "unknown-member-deep.json");
    String wrong = text(CORPUS + "invalid-enum.json");

    // when
    NetworkJsonReader lenient = NetworkJsonReader.create().acceptingUnknownMembers();

    // then
    assertThat(lenient.read(unknown).members()).hasSize(2);
    assertThatThrownBy(() -> lenient.read(wrong)).isInstanceOf(FormatException.class);
    assertThat(lenient.acceptsUnknownMembers()).isTrue();
  }

  @Test
  void no_text_of_the_document_appears_in_a_message() {
    // given: a free text where a boolean belongs, and a name too long
    String json = text("/org/maillage/formats/json/valid-minimal.json")
        .replace("\"alive\":true", "\"alive\":\"Marie Dupont\"")
        .replace("\"id\":\"n-1\"", "\"id\":\"n-1\",\"name\":[\"Jean Martin\"]");

    // when
    FormatException e = catchThrowableOfType(FormatException.class, () -> NetworkJsonReader.create().read(json));

    // then
    assertThat(e.getMessage()).doesNotContain("Marie").doesNotContain("Jean");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.message(Locale.FRENCH)).doesNotContain("Marie")
        .doesNotContain("Jean"));
  }
}
