package org.maillage.core;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.maillage.core.sharing.fr.FrenchSharingPolicy;
import org.maillage.network.Network;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.ModelTypes;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.PrivacyMarkers;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;

/**
 * Generated networks of every shape, with a distinct marker in every personal and free-text field the model
 * classifies ({@link org.maillage.Disclosure}, filled by {@link PrivacyMarkers}), leak no marker into any channel
 * Maillage writes to ({@link Channels}): the {@code toString()} of every value, validation findings, their
 * arguments and renderings in French, English and Dutch, the sharing decision on every flow with its legal basis,
 * reasons and explanations, and the log at TRACE. {@link ModelPrivacyTest} does the same on one hand-built
 * network that reaches every model type, and provokes the exceptions.
 */
class PrivacyProperties {
  private static ListAppender<ILoggingEvent> log;

  @BeforeAll
  static void captureLogs() {
    log = Channels.captureLog();
  }

  @AfterAll
  static void releaseLogs() {
    Channels.release(log);
  }

  Gen<Network> networks() {
    return NetworkGenerators.networks();
  }

  Gen<LocalDate> dates() {
    return Gen.integers(-400, 400).map(NetworkGenerators.REFERENCE_DATE::plusDays);
  }

  @Property(tries = 60)
  void no_channel_leaks_a_personal_or_free_text_field(@ForAll("networks") Network network,
      @ForAll("dates") LocalDate date) {
    // given a generated network with a marker in every personal and free-text field
    log.list.clear();
    PrivacyMarkers.Marked marked = PrivacyMarkers.fill(network);

    // when it is printed, validated, and every flow decided and explained, with TRACE logging on
    Channels written = new Channels()
        .values(marked.network())
        .validation(Validator.standard(), marked.network(), date)
        .sharing(FrenchSharingPolicy.instance(), marked.network())
        .log(log);

    // then no text holds a marker, and the log holds nothing above DEBUG
    written.assertNoMarkerOf(marked);
    assertThat(log.list).isNotEmpty().allSatisfy(e ->
        assertThat(e.getLevel().toInt()).isLessThanOrEqualTo(Level.DEBUG.toInt()));
    Statistics.label("markers").collect(marked.markers().size() >= 20 ? ">= 20" : "< 20");
    Statistics.label("markers").coverage(">= 20", 50);
    Statistics.label("flows decided").collect(marked.network().flows().isEmpty() ? "none" : "some");
    Statistics.label("flows decided").coverage("some", 30);
    Statistics.label("withheld attributes reached").collect(
        marked.filled().size() * 2 >= ModelTypes.withheld().size() ? "half or more" : "fewer");
  }
}
