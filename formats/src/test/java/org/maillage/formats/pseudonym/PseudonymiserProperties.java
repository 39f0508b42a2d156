package org.maillage.formats.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.maillage.core.Validator;
import org.maillage.formats.Leaves;
import org.maillage.network.Network;
import org.maillage.testing.ForAll;
import org.maillage.testing.Gen;
import org.maillage.testing.ModelTypes;
import org.maillage.testing.NetworkGenerators;
import org.maillage.testing.PrivacyMarkers;
import org.maillage.testing.Property;
import org.maillage.testing.Statistics;
import org.maillage.validation.Finding;
import org.maillage.validation.ValidationSettings;

/** The pseudonymising transform on generated networks: what it replaces, what it keeps, and what it shifts. */
class PseudonymiserProperties {
  static final byte[] KEY = "a key of at least thirty-two bytes, for tests only".getBytes(StandardCharsets.UTF_8);
  static final byte[] OTHER_KEY = "another key of thirty-two bytes or more, tests".getBytes(StandardCharsets.UTF_8);
  private static final Pattern PSEUDONYM = Pattern.compile("(m|o|n|t|mt|f|ob)-[a-z2-7]{20}");

  Gen<Network> networks() {
    return NetworkGenerators.networks();
  }

  Gen<LocalDate> dates() {
    return Gen.integers(-400, 400).map(NetworkGenerators.REFERENCE_DATE::plusDays);
  }

  @Property(tries = 80)
  void no_marker_of_a_personal_or_free_text_field_survives(@ForAll("networks") Network network) {
    // given a network with a distinct marker in every personal and free-text field
    PrivacyMarkers.Marked marked = PrivacyMarkers.fill(network);

    // when it is pseudonymised
    Network result = Pseudonymiser.builder().key(KEY).dates(DateTreatment.SHIFT).build().apply(marked.network());

    // then no text of the result holds a marker, and every marked field is empty or replaced
    marked.assertNoMarkerIn("the pseudonymised network", String.join("\n", Leaves.all(result)));
    Statistics.label("withheld attributes marked").collect(
        marked.filled().size() * 3 >= ModelTypes.withheld().size() ? "a third or more" : "fewer");
    Statistics.label("withheld attributes marked").coverage("a third or more", 20);
  }

  @Property(tries = 80)
  void every_id_is_a_pseudonym_and_everything_else_is_kept(@ForAll("networks") Network network) {
    // given a network
    // when it is pseudonymised with the dates kept
    Network result = Pseudonymiser.builder().key(KEY).build().apply(network);

    // then every id is a prefix and 20 base32 characters, and every other leaf but the withheld texts is kept
    List<String> ids = new ArrayList<>();
    Leaves.of(result, id -> {
      ids.add(id.toString());
      return "<id>";
    });
    assertThat(ids).isNotEmpty().allMatch(id -> PSEUDONYM.matcher(id).matches());
    assertThat(Leaves.of(result, id -> "<id>")).isEqualTo(Leaves.of(network, id -> "<id>"));
  }

  @Property(tries = 50)
  void the_same_key_gives_the_same_pseudonyms_and_two_keys_unlinkable_ones(@ForAll("networks") Network network) {
    // given a network and two transforms with different keys
    Pseudonymiser one = Pseudonymiser.builder().key(KEY).build();
    Pseudonymiser other = Pseudonymiser.builder().key(OTHER_KEY).build();

    // when each pseudonymises it
    Network first = one.apply(network);
    Network again = one.apply(network);
    Network unlinked = other.apply(network);

    // then one key gives equal networks, two keys share no pseudonym
    assertThat(again).isEqualTo(first);
    assertThat(idsOf(first)).doesNotContainAnyElementsOf(idsOf(unlinked));
  }

  @Property(tries = 50)
  void validation_finds_the_same_on_the_date_shifted_network(@ForAll("networks") Network network,
      @ForAll("dates") LocalDate asOf) {
    // given a network, a date, and their shifted pseudonymised copies
    Pseudonymised shifted = Pseudonymiser.builder().key(KEY).dates(DateTreatment.SHIFT).build()
        .apply(network, asOf);

    // when both are validated
    Validator validator = Validator.standard();
    List<String> before = findings(validator, network, asOf);
    List<String> after = findings(validator, shifted.network(), shifted.asOf());

    // then the findings are the same, ids and dates aside, and every date moved by whole four-year cycles
    List<String> missing = new ArrayList<>(before);
    after.forEach(missing::remove);
    List<String> extra = new ArrayList<>(after);
    before.forEach(extra::remove);
    assertThat(missing).as("findings lost").isEmpty();
    assertThat(extra).as("findings gained").isEmpty();
    long days = java.time.temporal.ChronoUnit.DAYS.between(asOf, shifted.asOf());
    assertThat(days % Pseudonymiser.CYCLE_DAYS).isZero();
    assertThat(Math.abs(days)).isBetween((long) Pseudonymiser.CYCLE_DAYS,
        (long) Pseudonymiser.CYCLE_DAYS * Pseudonymiser.MAX_CYCLES);
    assertThat(shifted.network().created()).isEqualTo(network.created().plusDays(days));
    Statistics.label("findings").collect(before.isEmpty() ? "none" : "some");
    Statistics.label("findings").coverage("some", 30);
  }

  @Property(tries = 50)
  void coarsened_dates_fall_on_the_first_of_the_month(@ForAll("networks") Network network,
      @ForAll("dates") LocalDate asOf) {
    // given a network
    // when its dates are coarsened to the month
    Pseudonymised coarse;
    try {
      coarse = Pseudonymiser.builder().key(KEY).dates(DateTreatment.MONTH).build().apply(network, asOf);
    } catch (IllegalArgumentException e) {
      // two dates the model keeps in order fell in one month: refused, never a half-built network
      assertThat(e).hasMessageContaining("month");
      Statistics.label("coarsened").collect("refused");
      return;
    }
    Statistics.label("coarsened").collect("built");
    Statistics.label("coarsened").coverage("built", 20);

    // then every date is the first of its month, in the month it was
    assertThat(coarse.asOf()).isEqualTo(asOf.withDayOfMonth(1));
    assertThat(coarse.network().created()).isEqualTo(network.created().withDayOfMonth(1));
    assertThat(Leaves.of(coarse.network(), id -> "<id>")).filteredOn(l -> l.matches(".*=\\d{4}-\\d\\d-\\d\\d"))
        .allMatch(l -> l.endsWith("-01"));
  }

  private static List<String> findings(Validator validator, Network network, LocalDate asOf) {
    List<String> out = new ArrayList<>();
    for (Finding f : validator.validate(network, ValidationSettings.builder().date(asOf).build()).findings()) {
      out.add(f.ruleId() + " " + f.severity() + " " + f.messageKey());
    }
    out.sort(null);
    return out;
  }

  private static Set<String> idsOf(Network network) {
    Set<String> ids = new HashSet<>();
    Leaves.of(network, id -> {
      ids.add(id.toString());
      return "";
    });
    return ids;
  }
}
