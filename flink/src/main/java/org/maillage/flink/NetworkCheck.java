package org.maillage.flink;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.analysis.Classification;
import org.maillage.analysis.EgoNetworkMetrics;
import org.maillage.analysis.FormScore;
import org.maillage.analysis.TerritorySettings;
import org.maillage.core.NetworkAnalysis;
import org.maillage.core.TerritoryAnalysis;
import org.maillage.core.Validator;
import org.maillage.formats.FormatException;
import org.maillage.formats.json.NetworkJsonReader;
import org.maillage.network.Network;
import org.maillage.network.NetworkForm;
import org.maillage.validation.Finding;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

/**
 * What the job does to one line, in one place so that the Flink job and the plain loop do exactly the same:
 * reads the line as a network with {@link NetworkJsonReader}, validates it with {@link Validator#standard()} as of
 * the date, classifies it ({@link NetworkAnalysis#classify}) and, when it is person-centred, measures its ego
 * network ({@link NetworkAnalysis#egoMetrics}); then renders the result as one JSON line and the counts it adds to
 * the aggregate. A line that is not a network is a bad line, with its file, line number and the reader's message.
 *
 * <p>The result line:
 * <pre>{@code
 * {"file":"in/a.jsonl","line":3,"network":"n-3","date":"2026-12-01","acceptable":false,
 *  "findings":[{"rule":"…","severity":"WARNING","count":2}],
 *  "forms":{"PAIRING":0.25,…},"verdict":"NETWORK","highForms":["NETWORK_INTERVENTION"],"territory":"…",
 *  "metrics":{"size":12,"mobilisableSize":9,"alterTies":20,"density":0.3,…}}
 * }</pre>
 * {@code territory} only when the network records one, {@code metrics} only for a person-centred network; a figure
 * that is undefined is {@code null}. The counts are keyed by {@code networks}, rule and severity, high form,
 * verdict, territory, and rule and high form within a territory; a bad line counts under {@code bad-lines}.
 *
 * <p>A network that records a territory also gives its part of that territory's fold ({@link TerritoryPart}): the
 * network folded alone by {@link TerritoryAnalysis#fold(java.util.Iterator, TerritorySettings)} with the default
 * settings (organisation level, at most {@value TerritorySettings#DEFAULT_MAX_ORGANISATIONS} organisations a
 * network), taken apart into its ties, organisations, institutions and totals, which sum to the territory's fold.
 *
 * <p>Linear in the size of the network, except the ego metrics' all-pairs figures (see
 * {@link NetworkAnalysis#egoMetrics}). Immutable and thread-safe: the validator and the reader are.
 *
 * @since 0.2
 */
public final class NetworkCheck {
  /** The longest reader message a bad line keeps, in characters. */
  static final int MAX_ERROR = 500;

  private final LocalDate date;
  private final Validator validator = Validator.standard();
  private final NetworkJsonReader reader = NetworkJsonReader.create();
  private final ValidationSettings validation;
  private final AnalysisSettings analysis;
  private final TerritorySettings fold = TerritorySettings.defaults();

  private NetworkCheck(LocalDate date) {
    this.date = date;
    this.validation = ValidationSettings.asOf(date);
    this.analysis = AnalysisSettings.asOf(date);
  }

  /**
   * A check as of a date, with the standard rules and the default analysis settings.
   *
   * @param date the date the networks are judged as of
   * @return the check
   */
  public static NetworkCheck asOf(LocalDate date) {
    return new NetworkCheck(Objects.requireNonNull(date, "date"));
  }

  /**
   * Returns the date the networks are judged as of.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Checks one line.
   *
   * @param line the line, its file and its number
   * @return the result line and its counts, or the bad line
   */
  public Outcome check(Line line) {
    Network network;
    try {
      network = reader.read(line.text);
    } catch (FormatException | IllegalArgumentException | IllegalStateException e) {
      return Outcome.bad(badLine(line, e));
    }
    ValidationReport report = validator.validate(network, validation);
    Classification classification = NetworkAnalysis.classify(network, analysis);
    EgoNetworkMetrics metrics = network.isPersonCentred() ? NetworkAnalysis.egoMetrics(network, analysis) : null;
    return result(line, network, report, classification, metrics);
  }

  private static String badLine(Line line, RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    if (message.length() > MAX_ERROR) {
      message = message.substring(0, MAX_ERROR) + "…";
    }
    StringBuilder out = new StringBuilder(128 + message.length()).append("{\"file\":");
    Json.string(out, line.file).append(",\"line\":").append(line.number).append(",\"error\":");
    return Json.string(out, message).append('}').toString();
  }

  private Outcome result(Line line, Network network, ValidationReport report, Classification classification,
      @Nullable EgoNetworkMetrics metrics) {
    Map<String, Integer> findings = new TreeMap<>();
    for (Finding finding : report.findings()) {
      findings.merge(ruleKey(finding), 1, Integer::sum);
    }
    String territory = network.territory().orElse(null);
    List<TerritoryPart> parts = territory == null ? List.of() : TerritoryPart.of(territory, network.id().value(),
        TerritoryAnalysis.fold(List.of(network).iterator(), fold));
    List<Count> counts = new ArrayList<>();
    counts.add(Count.of("\"aggregate\":\"networks\"", 1));
    StringBuilder out = new StringBuilder(1024).append("{\"file\":");
    Json.string(out, line.file).append(",\"line\":").append(line.number).append(",\"network\":");
    Json.string(out, network.id().value()).append(",\"date\":\"").append(date).append("\",\"acceptable\":")
        .append(report.isAcceptable()).append(",\"findings\":[");
    boolean first = true;
    for (Map.Entry<String, Integer> e : findings.entrySet()) {
      out.append(first ? "" : ",").append('{').append(e.getKey()).append(",\"count\":").append(e.getValue())
          .append('}');
      first = false;
      counts.add(Count.of("\"aggregate\":\"rule\"," + e.getKey(), e.getValue()));
      if (territory != null) {
        counts.add(Count.of("\"aggregate\":\"territory-rule\",\"territory\":" + Json.string(territory) + ","
            + e.getKey(), e.getValue()));
      }
    }
    out.append("],\"forms\":{");
    first = true;
    for (FormScore score : classification.forms()) {
      out.append(first ? "\"" : ",\"").append(score.form().name()).append("\":");
      Json.number(out, score.score());
      first = false;
    }
    out.append("},\"verdict\":\"").append(classification.verdict().name()).append("\",\"highForms\":[");
    counts.add(Count.of("\"aggregate\":\"verdict\",\"verdict\":\"" + classification.verdict().name() + "\"", 1));
    first = true;
    for (NetworkForm form : classification.highForms()) {
      out.append(first ? "\"" : ",\"").append(form.name()).append('"');
      first = false;
      counts.add(Count.of("\"aggregate\":\"form\",\"form\":\"" + form.name() + "\"", 1));
      if (territory != null) {
        counts.add(Count.of("\"aggregate\":\"territory-form\",\"territory\":" + Json.string(territory)
            + ",\"form\":\"" + form.name() + "\"", 1));
      }
    }
    out.append(']');
    if (territory != null) {
      Json.string(out.append(",\"territory\":"), territory);
      counts.add(Count.of("\"aggregate\":\"territory\",\"territory\":" + Json.string(territory), 1));
    }
    if (metrics != null) {
      metrics(out.append(",\"metrics\":"), metrics);
    }
    return Outcome.result(out.append('}').toString(), counts, parts);
  }

  private static String ruleKey(Finding finding) {
    return "\"rule\":" + Json.string(finding.ruleId().value()) + ",\"severity\":\"" + finding.severity().name() + "\"";
  }

  private static void metrics(StringBuilder out, EgoNetworkMetrics m) {
    out.append("{\"size\":").append(m.size()).append(",\"mobilisableSize\":").append(m.mobilisableSize())
        .append(",\"alterTies\":").append(m.alterTies()).append(",\"components\":").append(m.components().size())
        .append(",\"isolates\":").append(m.isolates().size()).append(",\"density\":");
    Json.figure(out, m.density()).append(",\"effectiveSize\":");
    Json.figure(out, m.effectiveSize()).append(",\"efficiency\":");
    Json.figure(out, m.efficiency()).append(",\"constraint\":");
    Json.figure(out, m.constraint()).append(",\"blau\":");
    Json.figure(out, m.blau()).append(",\"multiplexity\":");
    Json.figure(out, m.multiplexity()).append(",\"egoBetweenness\":");
    Json.number(out, m.egoBetweenness()).append('}');
  }

  /**
   * What one line gave: a result line, its counts and its territory parts, or a bad line (then no counts but
   * {@code bad-lines}, and no part).
   *
   * @param result the result line, or null for a bad line
   * @param bad the bad line, or null for a network
   * @param counts the counts the line adds to the aggregate
   * @param territory the parts the network adds to its territory's fold; empty without a territory
   * @since 0.2
   */
  public record Outcome(@Nullable String result, @Nullable String bad, List<Count> counts,
      List<TerritoryPart> territory) {
    /** The key bad lines are counted under. */
    public static final String BAD_LINES = "\"aggregate\":\"bad-lines\"";

    /**
     * Copies the counts.
     *
     * @param result the result line, or null for a bad line
     * @param bad the bad line, or null for a network
     * @param counts the counts the line adds to the aggregate
     * @param territory the parts the network adds to its territory's fold; empty without a territory
     */
    public Outcome {
      counts = List.copyOf(counts);
      territory = List.copyOf(territory);
    }

    static Outcome result(String result, List<Count> counts, List<TerritoryPart> territory) {
      return new Outcome(result, null, counts, territory);
    }

    static Outcome bad(String bad) {
      return new Outcome(null, bad, List.of(Count.of(BAD_LINES, 1)), List.of());
    }
  }
}
