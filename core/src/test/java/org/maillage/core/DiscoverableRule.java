package org.maillage.core;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.maillage.Language;
import org.maillage.network.Network;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.RuleContext;
import org.maillage.validation.RuleId;
import org.maillage.validation.RuleSource;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

/** A custom rule found by ServiceLoader through META-INF/services in the test resources. */
public final class DiscoverableRule implements Rule {
  static final RuleId ID = RuleId.of("TEST-MEMBER-COUNT");

  @Override
  public RuleId id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public RuleSource source() {
    return RuleSource.of("Maillage tests", "member count");
  }

  @Override
  public String title(Locale locale) {
    return switch (Language.of(locale)) {
      case FRENCH -> "Nombre de membres";
      case DUTCH -> "Aantal leden";
      case ENGLISH -> "Member count";
    };
  }

  @Override
  public Optional<String> template(String messageKey, Language language) {
    // a switch over every language: the compiler names the rule's missing texts when a language is added
    return Optional.of(switch (language) {
      case FRENCH -> "{members} membre(s)";
      case DUTCH -> "{members} lid/leden";
      case ENGLISH -> "{members} member(s)";
    });
  }

  @Override
  public List<Finding> check(Network network, RuleContext context) {
    return List.of(context.finding(SubjectPath.of(network.id()), "TEST-MEMBER-COUNT.count",
        Map.of("members", network.members().size())));
  }
}
