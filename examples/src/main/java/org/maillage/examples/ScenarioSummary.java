package org.maillage.examples;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.maillage.member.Member;
import org.maillage.member.Sector;
import org.maillage.network.Network;
import org.maillage.partnership.Partnership;

/**
 * A short human summary of a network as of a date (<i>résumé du réseau</i>), in French, English or Dutch.
 *
 * <p>The summary states the forms the network declares, its formality, whether it is person-centred, its
 * current members counted by sector, its ties between current individuals, the meetings held so far, its
 * creation date and its status on the date, and, for a partnership, its origin and formalisation. It names no
 * one: ids of networks are printed, never names or notes. Every line comes from a template of the
 * {@code org.maillage.examples.Summary} bundles, in the language {@link org.maillage.Language#of(Locale)}
 * chooses; labels of the model's terms come from {@link org.maillage.Labelled#label(Locale)}.
 *
 * <pre>{@code
 * ImmutableList<String> lines = ScenarioSummary.lines(Scenarios.pairing(), Scenarios.AS_OF, Locale.FRENCH);
 * // "Réseau n-pairing", "Formes déclarées : pairage", ...
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ScenarioSummary {
  private ScenarioSummary() {}

  /**
   * Returns the summary of a network, one line per fact.
   *
   * @param network the network
   * @param asOf the date the network is read on
   * @param locale the reader's locale; French for any {@code fr} locale, Dutch for any {@code nl} locale, else
   *     English
   * @return the lines, in a fixed order
   * @throws NullPointerException if an argument is null
   */
  public static ImmutableList<String> lines(Network network, LocalDate asOf, Locale locale) {
    Texts texts = Texts.of(locale);
    Locale language = texts.locale();
    ImmutableList.Builder<String> lines = ImmutableList.builder();

    lines.add(texts.format("summary.title", Map.of("id", network.id())));
    // forms in the order of NetworkForm, whatever order the network lists them in
    String forms = network.forms().isEmpty()
        ? texts.get("summary.forms.none")
        : network.forms().stream().sorted().map(f -> f.label(language)).collect(Collectors.joining(", "));
    lines.add(texts.format("summary.forms", Map.of("forms", forms)));
    lines.add(texts.format("summary.formality", Map.of("formality", network.formality().label(language))));
    lines.add(texts.format("summary.personCentred",
        Map.of("answer", texts.get(network.isPersonCentred() ? "summary.yes" : "summary.no"))));
    lines.add(members(network, asOf, texts));
    lines.add(texts.format("summary.ties", Map.of("count", network.graphOn(asOf).ties().size())));
    long held = network.meetings().stream().filter(m -> !m.date().isAfter(asOf)).count();
    lines.add(texts.format("summary.meetings", Map.of("count", held)));
    lines.add(texts.format("summary.created", Map.of(
        "created", texts.date(network.created()),
        "date", texts.date(asOf),
        "status", network.statusOn(asOf).label(language))));
    network.partnership().ifPresent(p -> lines.add(partnership(p, texts)));
    return lines.build();
  }

  /**
   * Returns the summary of a network as one text, its lines separated by {@code '\n'}.
   *
   * @param network the network
   * @param asOf the date the network is read on
   * @param locale the reader's locale; French for any {@code fr} locale, Dutch for any {@code nl} locale, else
   *     English
   * @return the text, without a final line break
   * @throws NullPointerException if an argument is null
   */
  public static String render(Network network, LocalDate asOf, Locale locale) {
    return String.join("\n", lines(network, asOf, locale));
  }

  private static String members(Network network, LocalDate asOf, Texts texts) {
    ImmutableList<Member> current = network.currentMembers(asOf);
    if (current.isEmpty()) {
      return texts.format("summary.members.none", Map.of("date", texts.date(asOf)));
    }
    Map<Sector, Integer> bySector = new EnumMap<>(Sector.class);
    current.forEach(m -> bySector.merge(m.sector(), 1, Integer::sum));
    String sectors = bySector.entrySet().stream()
        .map(e -> texts.format("summary.sector",
            Map.of("sector", e.getKey().label(texts.locale()), "count", e.getValue())))
        .collect(Collectors.joining(", "));
    return texts.format("summary.members",
        Map.of("date", texts.date(asOf), "count", current.size(), "sectors", sectors));
  }

  private static String partnership(Partnership partnership, Texts texts) {
    String origin = partnership.origin()
        .map(o -> o.kind().label(texts.locale()))
        .orElseGet(() -> texts.get("summary.partnership.originUnstated"));
    String formalisation = texts.get(formalisationKey(partnership.charter().isPresent(),
        partnership.convention().isPresent()));
    return texts.format("summary.partnership", Map.of("origin", origin, "formalisation", formalisation));
  }

  private static String formalisationKey(boolean charter, boolean convention) {
    if (charter && convention) {
      return "summary.partnership.charterAndConvention";
    }
    if (convention) {
      return "summary.partnership.convention";
    }
    return charter ? "summary.partnership.charter" : "summary.partnership.nothing";
  }
}
