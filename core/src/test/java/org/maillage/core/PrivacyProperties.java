package org.maillage.core;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.maillage.member.Member;
import org.maillage.member.Organisation;
import org.maillage.network.Meeting;
import org.maillage.network.Network;
import org.maillage.person.Person;
import org.maillage.sharing.InformationFlow;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.Property;
import org.maillage.validation.Finding;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;
import org.slf4j.LoggerFactory;

/**
 * Validating networks full of names and notes, with DEBUG and TRACE logging captured, leaks no name or note
 * into the log, into any rendered finding, or into a report's {@code toString()}.
 */
class PrivacyProperties {
  private static final ListAppender<ILoggingEvent> LOG = new ListAppender<>();
  private static Level previous = Level.INFO;

  @BeforeAll
  static void captureLogs() {
    Logger logger = (Logger) LoggerFactory.getLogger("org.maillage");
    previous = logger.getLevel();
    logger.setLevel(Level.TRACE);
    logger.setAdditive(false);
    LOG.start();
    logger.addAppender(LOG);
  }

  @AfterAll
  static void releaseLogs() {
    Logger logger = (Logger) LoggerFactory.getLogger("org.maillage");
    logger.detachAppender(LOG);
    logger.setAdditive(true);
    logger.setLevel(previous);
  }

  Gen<Network> named() {
    return NetworkGenerators.withNamesAndNotes();
  }

  Gen<LocalDate> dates() {
    return Gen.integers(-400, 400).map(NetworkGenerators.REFERENCE_DATE::plusDays);
  }

  @Property(tries = 60)
  void validation_leaks_no_name_or_note(@ForAll("named") Network network, @ForAll("dates") LocalDate date) {
    // given
    LOG.list.clear();
    List<String> personal = personalTexts(network);
    Validator validator = Validator.standard();

    // when
    ValidationReport report = validator.validate(network, ValidationSettings.asOf(date));
    List<String> written = new ArrayList<>();
    LOG.list.forEach(e -> written.add(e.getFormattedMessage()));
    written.addAll(validator.render(report, Locale.FRENCH));
    written.addAll(validator.render(report, Locale.ENGLISH));
    written.add(report.toString());
    report.findings().stream().map(Finding::toString).forEach(written::add);

    // then
    assertThat(personal).isNotEmpty();
    assertThat(LOG.list).isNotEmpty().allSatisfy(e -> assertThat(e.getLevel().toInt()).isLessThanOrEqualTo(
        Level.DEBUG.toInt()));
    for (String text : written) {
      for (String secret : personal) {
        assertThat(text).doesNotContain(secret);
      }
    }
  }

  /** Every name, note and free text put into the network. */
  private static List<String> personalTexts(Network network) {
    List<String> texts = new ArrayList<>();
    add(texts, network.name());
    network.focalPerson().ifPresent(p -> person(texts, p));
    for (Member m : network.members()) {
      add(texts, m.name());
      add(texts, m.note());
    }
    for (Organisation o : network.organisations()) {
      add(texts, o.name());
    }
    for (Meeting m : network.meetings()) {
      add(texts, m.note());
    }
    network.evaluations().forEach(e -> add(texts, e.outcome()));
    network.project().ifPresent(project -> {
      add(texts, project.evaluationStrategy());
      project.objectives().forEach(o -> {
        add(texts, o.statement());
        o.means().forEach(m -> add(texts, m.description()));
      });
    });
    for (InformationFlow f : network.flows()) {
      add(texts, f.note());
      f.purpose().ifPresent(p -> add(texts, p.statement()));
    }
    network.referentAssessments().forEach(a -> add(texts, a.evidence()));
    return texts;
  }

  private static void person(List<String> texts, Person p) {
    add(texts, p.name());
    p.lifeChoices().forEach(c -> add(texts, Optional.of(c)));
    p.needs().forEach(n -> add(texts, n.note()));
    p.strengths().forEach(s -> add(texts, s.note()));
    p.representatives().forEach(r -> add(texts, r.name()));
    p.views().forEach(v -> add(texts, v.note()));
  }

  private static void add(List<String> texts, Optional<String> text) {
    text.filter(t -> t.length() >= 4).ifPresent(texts::add);
  }
}
