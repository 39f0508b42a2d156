package org.maillage.core;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.maillage.InvalidModelException;
import org.maillage.Message;
import org.maillage.ModelProblem;
import org.maillage.core.sharing.fr.FrenchSharingPolicy;
import org.maillage.network.Network;
import org.maillage.sharing.InformationFlow;
import org.maillage.sharing.SharingDecision;
import org.maillage.testing.PrivacyMarkers;
import org.maillage.validation.Finding;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;
import org.slf4j.LoggerFactory;

/**
 * Every text Maillage writes about a network, by channel (<i>canaux de sortie</i>): the {@code toString()} of
 * every value, validation findings (their arguments and French, English and Dutch renderings), sharing decisions
 * (legal basis, reasons, explanations in every language), exceptions and their problems, and the log captured at
 * TRACE.
 * The privacy tests, on hand-built and on generated networks, look for their markers in all of them.
 */
final class Channels {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  private final List<Written> written = new ArrayList<>();

  /** One text, with the channel it was written to. */
  record Written(String channel, String text) {}

  List<Written> written() {
    return written;
  }

  private void add(String channel, Object text) {
    written.add(new Written(channel, String.valueOf(text)));
  }

  /** The {@code toString()} of every model value reachable from the network. */
  Channels values(Network network) {
    PrivacyMarkers.forEachValue(network, value -> add("toString()", value));
    return this;
  }

  /** The report of a validation, its findings, their arguments and their renderings. */
  Channels validation(Validator validator, Network network, LocalDate date) {
    ValidationReport report = validator.validate(network, ValidationSettings.asOf(date));
    add("report", report);
    for (Finding finding : report.findings()) {
      add("finding", finding);
      finding.arguments().values().forEach(v -> add("finding argument", v));
      add("finding (fr)", validator.render(finding, Locale.FRENCH));
      add("finding (en)", validator.render(finding, Locale.ENGLISH));
      add("finding (nl)", validator.render(finding, DUTCH));
    }
    return this;
  }

  /** The decision on every flow of the network: legal basis, reasons and explanations. */
  Channels sharing(FrenchSharingPolicy policy, Network network) {
    for (InformationFlow flow : network.flows()) {
      decision(policy, policy.decide(network, flow));
    }
    return this;
  }

  /** One decision: legal basis, reasons and explanations. */
  Channels decision(FrenchSharingPolicy policy, SharingDecision decision) {
    add("decision", decision);
    decision.legalBasis().forEach(b -> add("legal basis", b.label()));
    for (Message reason : decision.reasons()) {
      reason.arguments().values().forEach(v -> add("reason argument", v));
      add("reason (fr)", policy.render(reason, Locale.FRENCH));
      add("reason (en)", policy.render(reason, Locale.ENGLISH));
      add("reason (nl)", policy.render(reason, DUTCH));
    }
    add("explain (fr)", policy.explain(decision, Locale.FRENCH));
    add("explain (en)", policy.explain(decision, Locale.ENGLISH));
    add("explain (nl)", policy.explain(decision, DUTCH));
    return this;
  }

  /** An exception's text and, for the model's exception, each problem. */
  Channels exception(Throwable e) {
    add("exception", e);
    if (e instanceof InvalidModelException invalid) {
      for (ModelProblem problem : invalid.problems()) {
        add("problem", problem);
        problem.id().ifPresent(id -> add("problem id", id));
      }
    }
    return this;
  }

  /** Every event of a captured log, its message and its arguments. */
  Channels log(ListAppender<ILoggingEvent> log) {
    for (ILoggingEvent event : log.list) {
      add("log", event.getFormattedMessage());
      if (event.getArgumentArray() != null) {
        for (Object argument : event.getArgumentArray()) {
          add("log argument", argument);
        }
      }
    }
    return this;
  }

  /** Asserts that no text written holds a marker of the network. */
  void assertNoMarkerOf(PrivacyMarkers.Marked marked) {
    for (Written text : written) {
      marked.assertNoMarkerIn(text.channel(), text.text());
    }
  }

  /** Captures the log of {@code org.maillage} at TRACE, until {@link #release}. */
  static ListAppender<ILoggingEvent> captureLog() {
    Logger logger = (Logger) LoggerFactory.getLogger("org.maillage");
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.setLevel(Level.TRACE);
    logger.setAdditive(false);
    logger.addAppender(appender);
    return appender;
  }

  /** Stops capturing the log. */
  static void release(ListAppender<ILoggingEvent> appender) {
    Logger logger = (Logger) LoggerFactory.getLogger("org.maillage");
    logger.detachAppender(appender);
    logger.setAdditive(true);
    logger.setLevel(null);
  }
}
