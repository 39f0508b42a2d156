package org.maillage.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.maillage.network.Network;

/**
 * The demo of the README: prints the summary of every example network of {@link Scenarios}, as of
 * {@link Scenarios#AS_OF}, in French or in English (<i>démonstration</i>).
 *
 * <pre>{@code
 * mvn -q -B -pl examples -am compile exec:java -Dexec.args=fr
 * }</pre>
 *
 * <p>The output is written to {@link System#out} encoded in UTF-8, whatever the platform's default charset, so
 * that French accents survive a terminal or a CI log set to another locale.
 *
 * @since 0.1
 */
public final class Demo {
  private Demo() {}

  /**
   * Runs the demo.
   *
   * @param args the language as the first argument: {@code fr} or {@code en} (the default); any other value
   *     prints a note and falls back to English
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String requested = args.length > 0 ? args[0] : "en";
    Locale locale = language(requested);
    if (locale == null) {
      out.println(Texts.of(Locale.ENGLISH).format("demo.unknownLanguage", Map.of("language", requested)));
      locale = Locale.ENGLISH;
    }
    Locale reader = locale;
    Texts texts = Texts.of(locale);
    Map<String, Network> scenarios = Scenarios.all();
    out.println(texts.format("demo.header",
        Map.of("count", scenarios.size(), "date", texts.date(Scenarios.AS_OF))));
    scenarios.forEach((name, network) -> {
      out.println();
      out.println(texts.format("demo.scenario", Map.of("scenario", name)));
      ScenarioSummary.lines(network, Scenarios.AS_OF, reader).forEach(out::println);
    });
    out.flush();
  }

  /** Returns the locale of a language tag the demo speaks ({@code fr}, {@code en-GB}...), or null. */
  private static @Nullable Locale language(String tag) {
    Locale locale = Locale.forLanguageTag(tag.replace('_', '-'));
    return "fr".equals(locale.getLanguage()) || "en".equals(locale.getLanguage()) ? locale : null;
  }
}
