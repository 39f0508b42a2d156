package org.maillage.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.maillage.Language;
import org.maillage.Message;
import org.maillage.QuotedInput;
import org.maillage.core.message.MessageFormatter;
import org.maillage.core.rules.StandardCatalogue;
import org.maillage.network.Network;
import org.maillage.sharing.Jurisdiction;
import org.maillage.sharing.SharingPolicy;
import org.maillage.validation.Finding;
import org.maillage.validation.Rule;
import org.maillage.validation.RuleContext;
import org.maillage.validation.RuleId;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;
import org.maillage.validation.ValidationReport;
import org.maillage.validation.ValidationSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates networks against a set of rules (<i>validateur</i>) and renders findings in French, English or Dutch.
 *
 * <p>Build one once and share it: a validator is immutable and thread-safe, and any number of threads may
 * call {@link #validate(Network, ValidationSettings)} at the same time. Results are deterministic: the same
 * network and settings give equal reports, in any thread, whatever the order of the network's lists.
 *
 * <pre>{@code
 * Validator validator = Validator.standard();
 * ValidationReport report = validator.validate(network, ValidationSettings.asOf(LocalDate.of(2026, 12, 1)));
 * for (Finding f : report.findings()) {
 *   System.out.println(validator.render(f, Locale.FRENCH));
 * }
 * }</pre>
 *
 * <p>A rule that throws does not abort validation: its exception becomes an {@link Severity#ERROR} finding
 * with the rule's id and the message key {@value #RULE_FAILED}, since the network could not be judged on that
 * point. Logging is at DEBUG and TRACE only, with ids only.
 *
 * @since 0.1
 */
public final class Validator {
  /** The message key of the finding made when a rule throws. */
  public static final String RULE_FAILED = "maillage.rule-failed";

  private static final Logger LOG = LoggerFactory.getLogger(Validator.class);
  private static final Validator STANDARD = builder().addStandardRules().build();

  private final ImmutableMap<RuleId, Rule> rules;
  private final ImmutableList<Rule> order;
  /** The sharing policies given to the builder, by jurisdiction; the others come from {@link SharingPolicies}. */
  private final ImmutableMap<Jurisdiction, SharingPolicy> policies;

  private Validator(ImmutableMap<RuleId, Rule> rules, ImmutableMap<Jurisdiction, SharingPolicy> policies) {
    this.rules = rules;
    this.order = rules.values().asList();
    this.policies = policies;
  }

  /**
   * Returns the validator holding the whole standard catalogue of DOMAIN.md §2.
   *
   * @return the shared standard validator
   */
  public static Validator standard() {
    return STANDARD;
  }

  /**
   * Returns a new builder, holding no rule.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the rules, in the order they run.
   *
   * @return the rules
   */
  public ImmutableList<Rule> rules() {
    return order;
  }

  /**
   * Returns a rule by id.
   *
   * @param id the rule's id
   * @return the rule, or empty if this validator does not hold it
   */
  public Optional<Rule> rule(RuleId id) {
    return Optional.ofNullable(rules.get(id));
  }

  /**
   * Validates a network.
   *
   * @param network the network
   * @param settings the date judged, thresholds, disabled rules and severity overrides
   * @return the report, its findings in deterministic order
   */
  public ValidationReport validate(Network network, ValidationSettings settings) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(settings, "settings");
    // The list is made on the first finding, and the rules are read by index: a network with no finding
    // costs no garbage here beyond each rule's context.
    List<Finding> findings = List.of();
    // what the rules derive from the network and share (RuleContext.derived), for this validation only
    Derived derived = new Derived(network);
    for (int i = 0; i < order.size(); i++) {
      Rule rule = order.get(i);
      if (!settings.isEnabled(rule.id())) {
        continue;
      }
      Severity severity = settings.severityOf(rule.id(), rule.defaultSeverity());
      Context context = new Context(rule.id(), severity, settings, policies, derived);
      try {
        List<Finding> found = rule.check(network, context);
        Objects.requireNonNull(found, "the rule returned null instead of a list");
        if (!found.isEmpty()) {
          if (findings.isEmpty()) {
            findings = new ArrayList<>();
          }
          for (Finding f : found) {
            findings.add(f.ruleId().equals(rule.id()) ? f.withSeverity(severity)
                : failure(network, rule.id(), new IllegalStateException("finding of another rule")));
          }
        }
        if (LOG.isTraceEnabled()) {
          LOG.trace("Rule {} on network {}: {} finding(s)", rule.id(), network.id(), found.size());
        }
      } catch (RuntimeException e) {
        LOG.debug("Rule {} failed on network {} with {}", rule.id(), network.id(), e.getClass().getName());
        if (findings.isEmpty()) {
          findings = new ArrayList<>();
        }
        findings.add(failure(network, rule.id(), e));
      }
    }
    ValidationReport report = ValidationReport.of(network.id(), settings.date(), findings);
    if (LOG.isDebugEnabled()) {
      LOG.debug("Validated network {} as of {}: {} finding(s), acceptable={}", network.id(), settings.date(),
          report.count(), report.isAcceptable());
    }
    return report;
  }

  private static Finding failure(Network network, RuleId rule, RuntimeException e) {
    return Finding.of(rule, Severity.ERROR, SubjectPath.of(network.id()),
        Message.of(RULE_FAILED, ImmutableMap.of("rule", rule.value(), "exception", e.getClass().getName())));
  }

  /**
   * Renders a finding in the reader's language.
   *
   * @param finding a finding of this validator's rules
   * @param locale the reader's locale; French for {@code fr}, Dutch for {@code nl}, else English
   * @return the text, with every argument filled
   * @throws IllegalArgumentException if this validator does not hold the finding's rule or the rule has no
   *     template for its message key
   */
  public String render(Finding finding, Locale locale) {
    Language language = Language.of(locale);
    String template;
    if (finding.messageKey().equals(RULE_FAILED)) {
      template = ResourceBundle.getBundle("org.maillage.core.Messages", language.locale()).getString(RULE_FAILED);
    } else {
      Rule rule = rules.get(finding.ruleId());
      if (rule == null) {
        throw new IllegalArgumentException("Validator.render: rule " + QuotedInput.quote(finding.ruleId())
            + " is not held by this validator; render with the validator that made the finding");
      }
      template = rule.template(finding.messageKey(), language).orElseThrow(() -> new IllegalArgumentException(
          "Validator.render: rule " + QuotedInput.quote(finding.ruleId()) + " has no " + language + " message "
              + QuotedInput.quote(finding.messageKey()) + "; add it to the rule's bundle"));
    }
    return MessageFormatter.format(template, finding.arguments(), locale);
  }

  /**
   * Renders every finding of a report, one line each: severity, rule id, subject, text.
   *
   * @param report a report of this validator
   * @param locale the reader's locale
   * @return the lines, in report order
   */
  public ImmutableList<String> render(ValidationReport report, Locale locale) {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    for (Finding f : report.findings()) {
      lines.add(f.severity().label(locale) + " " + f.ruleId() + " " + f.subject() + ": " + render(f, locale));
    }
    return lines.build();
  }

  /** Returns the number of rules and their ids. */
  @Override
  public String toString() {
    return "Validator{" + rules.size() + " rules: " + rules.keySet() + "}";
  }

  /**
   * The values derived from the network of one validation ({@link RuleContext#derived}), each computed on first
   * need and kept until the validation ends. Used by the one thread running that validation: never shared
   * between validations, so the validator keeps no state.
   */
  private static final class Derived {
    private final Network network;
    private @Nullable Map<Function<? super Network, ?>, Object> values;

    Derived(Network network) {
      this.network = network;
    }

    <T> T get(Network asked, Function<? super Network, ? extends T> derivation) {
      Objects.requireNonNull(derivation, "derivation");
      if (asked != network) {
        return derivation.apply(asked);
      }
      if (values == null) {
        values = new IdentityHashMap<>(4);
      }
      @SuppressWarnings("unchecked") // filed below under this derivation, of its type
      T value = (T) values.get(derivation);
      if (value == null) {
        value = Objects.requireNonNull(derivation.apply(network), "the derivation returned null");
        values.put(derivation, value);
      }
      return value;
    }
  }

  private static final class Context implements RuleContext {
    private final RuleId rule;
    private final Severity severity;
    private final ValidationSettings settings;
    private final ImmutableMap<Jurisdiction, SharingPolicy> policies;
    private final Derived derived;

    Context(RuleId rule, Severity severity, ValidationSettings settings,
        ImmutableMap<Jurisdiction, SharingPolicy> policies, Derived derived) {
      this.rule = rule;
      this.severity = severity;
      this.settings = settings;
      this.policies = policies;
      this.derived = derived;
    }

    @Override
    public SharingPolicy sharingPolicy(Jurisdiction jurisdiction) {
      SharingPolicy given = policies.get(Objects.requireNonNull(jurisdiction, "jurisdiction"));
      return given != null ? given : SharingPolicies.of(jurisdiction);
    }

    @Override
    public <T> T derived(Network network, Function<? super Network, ? extends T> derivation) {
      return derived.get(network, derivation);
    }

    @Override
    public ValidationSettings settings() {
      return settings;
    }

    @Override
    public Finding finding(SubjectPath subject, String messageKey, Map<String, ?> arguments) {
      return Finding.of(rule, severity, subject, Message.of(messageKey, arguments));
    }

    @Override
    public Finding finding(SubjectPath subject, String messageKey, String name, Object value) {
      return Finding.of(rule, severity, subject, Message.of(messageKey, name, value));
    }

    @Override
    public Finding finding(SubjectPath subject, String messageKey, String name1, Object value1, String name2,
        Object value2) {
      return Finding.of(rule, severity, subject, Message.of(messageKey, name1, value1, name2, value2));
    }
  }

  /**
   * Builds a {@link Validator}: standard rules, custom rules, and rules discovered by {@link ServiceLoader}
   * when asked. Rule ids must be unique. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final Map<RuleId, Rule> rules = new LinkedHashMap<>();
    private final Map<Jurisdiction, SharingPolicy> policies = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds the whole standard catalogue.
     *
     * @return this builder
     * @throws IllegalArgumentException if a rule with a standard id was already added
     */
    public Builder addStandardRules() {
      StandardCatalogue.rules().forEach(this::addRule);
      return this;
    }

    /**
     * Adds a rule.
     *
     * @param rule the rule
     * @return this builder
     * @throws IllegalArgumentException if a rule with the same id was already added
     */
    public Builder addRule(Rule rule) {
      Objects.requireNonNull(rule, "rule");
      RuleId id = Objects.requireNonNull(rule.id(), "rule.id()");
      Rule previous = rules.putIfAbsent(id, rule);
      if (previous != null) {
        throw new IllegalArgumentException("Validator.Builder: rule id " + QuotedInput.quote(id) + " is already taken by "
            + previous.getClass().getName() + "; give " + rule.getClass().getName() + " an id of its own");
      }
      return this;
    }

    /**
     * Adds every rule that {@link ServiceLoader} finds for {@link Rule} with the thread's context class
     * loader (and, on the module path, in modules that {@code provides org.maillage.validation.Rule}).
     *
     * @return this builder
     * @throws IllegalArgumentException if a discovered rule's id is already taken
     */
    public Builder discoverRules() {
      ServiceLoader.load(Rule.class).forEach(this::addRule);
      return this;
    }

    /**
     * Adds every rule that {@link ServiceLoader} finds for {@link Rule} with a class loader.
     *
     * @param loader the class loader to search
     * @return this builder
     * @throws IllegalArgumentException if a discovered rule's id is already taken
     */
    public Builder discoverRules(ClassLoader loader) {
      ServiceLoader.load(Rule.class, loader).forEach(this::addRule);
      return this;
    }

    /**
     * Gives the sharing rules the policy of a jurisdiction, in place of the engine's own
     * ({@link SharingPolicies#of}): the {@code SHARE-*} rules decide the flows of a network whose jurisdiction
     * is the policy's with it.
     *
     * <pre>{@code
     * Validator validator = Validator.builder().addStandardRules().sharingPolicy(myPolicy).build();
     * }</pre>
     *
     * @param policy the policy; its {@link SharingPolicy#jurisdiction()} says which networks it decides
     * @return this builder
     * @throws IllegalArgumentException if a policy was already given for the same jurisdiction
     * @since 0.2
     */
    public Builder sharingPolicy(SharingPolicy policy) {
      Objects.requireNonNull(policy, "policy");
      Jurisdiction jurisdiction = Objects.requireNonNull(policy.jurisdiction(), "policy.jurisdiction()");
      SharingPolicy previous = policies.putIfAbsent(jurisdiction, policy);
      if (previous != null) {
        throw new IllegalArgumentException("Validator.Builder: a sharing policy for " + jurisdiction
            + " was already given (" + previous.getClass().getName() + "); give one policy per jurisdiction");
      }
      return this;
    }

    /**
     * Removes a rule added before.
     *
     * @param id the rule's id
     * @return this builder
     */
    public Builder removeRule(RuleId id) {
      rules.remove(id);
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the immutable validator
     */
    public Validator build() {
      return new Validator(ImmutableMap.copyOf(rules), ImmutableMap.copyOf(policies));
    }
  }
}
