package org.maillage.cli;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.maillage.Language;
import org.maillage.analysis.AnalysisSettings;
import org.maillage.analysis.Classification;
import org.maillage.core.NetworkAnalysis;
import org.maillage.core.SharingPolicies;
import org.maillage.core.Validator;
import org.maillage.formats.ecomap.Ecomap;
import org.maillage.formats.ecomap.EcomapOptions;
import org.maillage.network.Network;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.SharingDecision;
import org.maillage.sharing.SharingPolicy;
import org.maillage.validation.Finding;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;

/**
 * The one-page report of a network (<i>rapport d'une page</i>): a self-contained HTML file, with no external
 * resource and no script, printable, in French, English or Dutch. It holds a summary, the ecomap (roles only),
 * the validation's findings, the classification with its reasons, the ego-network metrics, the référent ranking
 * and the sharing decision of each flow under the network's jurisdiction.
 *
 * <pre>{@code
 * String html = Report.html(network, LocalDate.of(2026, 6, 1), Locale.FRENCH);
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.2
 */
public final class Report {
  private static final String STYLE = "body{font-family:'DejaVu Sans',Verdana,Arial,sans-serif;margin:2em;"
      + "color:#111;max-width:60em}h1{font-size:1.5em}h2{font-size:1.15em;border-bottom:1px solid #999;"
      + "margin-top:1.6em}table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2em .5em;"
      + "text-align:left;vertical-align:top}pre{white-space:pre-wrap;font-size:.85em;background:#f6f6f6;"
      + "padding:.6em}figure{margin:0}figure svg{max-width:100%;height:auto}.ERROR{color:#a01010;"
      + "font-weight:bold}.WARNING{color:#8a5a00}@media print{body{margin:0}h2{break-after:avoid}"
      + "figure{break-inside:avoid}}";

  private Report() {}

  /**
   * Writes the report of a network.
   *
   * @param network the network
   * @param date the date it is judged as of
   * @param locale the reader's locale: French, Dutch, else English
   * @return the HTML page
   */
  public static String html(Network network, LocalDate date, Locale locale) {
    Objects.requireNonNull(network, "Report.html: network is null");
    Objects.requireNonNull(date, "Report.html: date is null");
    Language language = Language.of(Objects.requireNonNull(locale, "Report.html: locale is null"));
    Locale reading = language.locale();
    Words words = new Words(reading);
    Validator validator = Validator.standard();
    ValidationReport validation = validator.validate(network, ValidationSettings.asOf(date));
    AnalysisSettings analysis = AnalysisSettings.asOf(date);
    Classification classification = NetworkAnalysis.classify(network, analysis);

    StringBuilder h = new StringBuilder(64_000);
    String title = words.text("report.title", "network", network.id().value(), "date", date);
    h.append("<!DOCTYPE html>\n<html lang=\"").append(reading.getLanguage()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<title>").append(escape(title)).append("</title>\n<style>")
        .append(STYLE).append("</style>\n</head>\n<body>\n<h1>").append(escape(title)).append("</h1>\n");

    h.append("<h2>").append(escape(words.text("report.summary"))).append("</h2>\n<table>\n");
    row(h, words.text("report.members"), Integer.toString(network.currentMembers(date).size()));
    row(h, words.text("report.ties"), Integer.toString(network.ties().size()));
    row(h, words.text("report.person"), words.text(network.focalPerson().isPresent() ? "report.yes" : "report.no"));
    row(h, words.text("report.findings"), words.text("report.findings-count", "errors",
        validation.count(org.maillage.validation.Severity.ERROR), "warnings",
        validation.count(org.maillage.validation.Severity.WARNING), "all", validation.count()));
    h.append("</table>\n");

    h.append("<h2>").append(escape(words.text("report.ecomap"))).append("</h2>\n<figure>\n");
    String svg = Ecomap.svg(network, EcomapOptions.builder(date).language(language).flag(validation)
        .classification(classification).build());
    // the SVG inline, without its XML declaration
    h.append(svg.substring(svg.indexOf("<svg"))).append("</figure>\n");

    h.append("<h2>").append(escape(words.text("report.validation"))).append("</h2>\n");
    if (validation.isEmpty()) {
      h.append("<p>").append(escape(words.text("report.no-finding"))).append("</p>\n");
    } else {
      h.append("<table>\n<tr><th>").append(escape(words.text("report.severity"))).append("</th><th>")
          .append(escape(words.text("report.rule"))).append("</th><th>").append(escape(words.text("report.finding")))
          .append("</th></tr>\n");
      for (Finding finding : validation.findings()) {
        h.append("<tr><td class=\"").append(finding.severity().name()).append("\">")
            .append(escape(finding.severity().label(reading))).append("</td><td>")
            .append(escape(finding.ruleId().value())).append("</td><td>")
            .append(escape(validator.render(finding, reading))).append("</td></tr>\n");
      }
      h.append("</table>\n");
    }

    h.append("<h2>").append(escape(words.text("report.classification"))).append("</h2>\n<pre>")
        .append(escape(NetworkAnalysis.render(classification, reading))).append("</pre>\n");
    if (network.focalPerson().isPresent()) {
      h.append("<h2>").append(escape(words.text("report.metrics"))).append("</h2>\n<pre>")
          .append(escape(NetworkAnalysis.render(NetworkAnalysis.egoMetrics(network, analysis), reading)))
          .append("</pre>\n");
    }
    h.append("<h2>").append(escape(words.text("report.referents"))).append("</h2>\n<pre>")
        .append(escape(NetworkAnalysis.render(NetworkAnalysis.rankReferents(network, analysis), reading)))
        .append("</pre>\n");

    h.append("<h2>").append(escape(words.text("report.sharing"))).append("</h2>\n");
    Optional<Jurisdiction> jurisdiction = network.jurisdiction();
    if (network.flows().isEmpty()) {
      h.append("<p>").append(escape(words.text("report.no-flow"))).append("</p>\n");
    } else if (jurisdiction.isEmpty()) {
      h.append("<p>").append(escape(words.text("report.no-jurisdiction"))).append("</p>\n");
    } else {
      Optional<SharingPolicy> policy = policy(jurisdiction.get());
      if (policy.isEmpty()) {
        h.append("<p>").append(escape(words.text("report.no-policy", "jurisdiction",
            jurisdiction.get().name()))).append("</p>\n");
      } else {
        for (InformationFlow flow : network.flows()) {
          SharingDecision decision = policy.get().decide(network, flow);
          h.append("<h3>").append(escape(words.text("report.flow", "flow", flow.id().value()))).append("</h3>\n<pre>")
              .append(escape(SharingPolicies.explain(decision, reading))).append("</pre>\n");
        }
      }
    }
    h.append("<p><small>").append(escape(words.text("report.footer"))).append("</small></p>\n</body>\n</html>\n");
    return h.toString();
  }

  /** The policy of a jurisdiction, or empty when Maillage has none yet. */
  static Optional<SharingPolicy> policy(Jurisdiction jurisdiction) {
    try {
      return Optional.of(SharingPolicies.of(jurisdiction));
    } catch (UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  private static void row(StringBuilder h, String label, String value) {
    h.append("<tr><th>").append(escape(label)).append("</th><td>").append(escape(value)).append("</td></tr>\n");
  }

  /** Text for HTML content and attributes. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
