package org.maillage.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;

/**
 * HAPI FHIR's instance validator against the base R4 specification, set up once per test JVM (its start costs
 * seconds). Tests only: HAPI is never on the module's run-time path.
 */
final class R4Validator {
  /**
   * The only messages tolerated, by HAPI message id: the guides' profiles and the French and Maillage code systems
   * and extensions cannot be loaded here (their packages cannot be fetched), so the validator says it could not
   * check them (HAPI 8.8.1 reports an unknown profile as an ERROR, which is tolerated for that id alone). Every other
   * message fails the test, but for the one warning of {@link #POLICY_RULE_NOT_IN_R4_VALUE_SET}.
   */
  static final Set<String> TOLERATED = Set.of(
      // the guides' profiles (FR Core, Cercle de soins, TDDUI) cannot be loaded: their packages cannot be fetched
      "Validation_VAL_Profile_Unknown",
      // the French code systems (TRE_R216, TRE_R260) and the module's own cannot be loaded either
      "Terminology_PassThrough_TX_Message",
      // ...so a coding of them cannot be found in a value set R4 binds as preferred (information only)
      "Terminology_TX_NoValid_3_CC",
      // the module's extensions (horizon, sector, professional category) and TDDUI's are not R4's (information)
      "Extension_EXT_Unknown");

  /**
   * The one warning tolerated beyond {@link #TOLERATED}, and only at a Consent's {@code policyRule}: R4 binds it,
   * extensibly, to the consent-policy value set, which has no code for French or Belgian law (its codes are US,
   * Dutch and Austrian regimes and research policies; v3 ActCode's policy codes are not in it, and a text-only
   * policyRule draws another warning, Terminology_TX_Code_ValueSet_Ext). An extensible binding allows another code
   * when none fits, which is the case: the issue asks for the legal basis as the policyRule, so it is coded in the
   * module's legal-basis code system and the validator, which "cannot judge what is suitable", warns.
   * {@code Consent.policy} alone would avoid the warning (TDDUI's own example fills {@code policy.authority}), but
   * then the legal basis would no longer be the policyRule.
   */
  static final String POLICY_RULE_NOT_IN_R4_VALUE_SET = "Terminology_TX_NoValid_2_CC";

  /**
   * Warnings on the record's own text, tolerated only where a test deliberately exports hostile text: the export
   * keeps names and free texts exactly as recorded, surrounding spaces and tag-like angle brackets included.
   */
  static final Set<String> HOSTILE_TEXT_WARNINGS = Set.of(
      // a string with leading or trailing white space
      "Type_Specific_Checks_DT_String_WS",
      // a string (a name) holding what looks like tags, such as "<i>x</i>" (HAPI 8.8.1 reports it as information)
      "SECURITY_STRING_CONTENT_WARNING",
      // a markdown (an Annotation's text: a need's note, a Goal's title) holding what looks like a tag, "<b x>"
      "TYPE_SPECIFIC_CHECKS_DT_MARKDOWN_HTML");

  static final FhirContext CONTEXT = FhirContext.forR4();
  private static final FhirValidator VALIDATOR = create();

  private R4Validator() {}

  private static FhirValidator create() {
    ValidationSupportChain chain = new ValidationSupportChain(
        new DefaultProfileValidationSupport(CONTEXT),
        new CommonCodeSystemsTerminologyService(CONTEXT),
        new InMemoryTerminologyServerValidationSupport(CONTEXT),
        new SnapshotGeneratingValidationSupport(CONTEXT));
    FhirInstanceValidator module = new FhirInstanceValidator(chain);
    module.setAnyExtensionsAllowed(true);
    FhirValidator validator = CONTEXT.newValidator();
    validator.registerValidatorModule(module);
    return validator;
  }

  /** Every message of the validator. */
  static List<SingleValidationMessage> messages(String json) {
    ValidationResult result = VALIDATOR.validateWithResult(json);
    return result.getMessages();
  }

  /** The messages not tolerated, rendered with their ids and locations: the strict check of ordinary text. */
  static List<String> problems(String json) {
    return problems(json, Set.of());
  }

  /**
   * The messages not tolerated when the bundle holds hostile text: the strict check, but for the warnings of
   * {@link #HOSTILE_TEXT_WARNINGS}.
   */
  static List<String> problemsAllowingHostileText(String json) {
    return problems(json, HOSTILE_TEXT_WARNINGS);
  }

  private static List<String> problems(String json, Set<String> toleratedWarnings) {
    return messages(json).stream()
        .filter(m -> !tolerated(m, toleratedWarnings))
        .map(m -> m.getSeverity() + " " + m.getMessageId() + " " + m.getLocationString() + " " + m.getMessage())
        .collect(Collectors.toList());
  }

  private static boolean tolerated(SingleValidationMessage m, Set<String> toleratedWarnings) {
    String id = m.getMessageId();
    if (id == null) {
      return false;
    }
    if (TOLERATED.contains(id)) {
      return true;
    }
    if (m.getSeverity() != ResultSeverityEnum.WARNING && m.getSeverity() != ResultSeverityEnum.INFORMATION) {
      return false;
    }
    if (toleratedWarnings.contains(id)) {
      return true;
    }
    return POLICY_RULE_NOT_IN_R4_VALUE_SET.equals(id) && isConsentPolicyRule(m.getLocationString());
  }

  /** Whether a location is a Consent's policyRule, in a bundle or in a resource validated alone. */
  static boolean isConsentPolicyRule(String location) {
    return CONSENT_POLICY_RULE.matcher(location).matches();
  }

  private static final Pattern CONSENT_POLICY_RULE =
      Pattern.compile("(Bundle\\.entry\\[\\d+]\\.resource(/\\*Consent/[^*]*\\*/)?|Consent)\\.policyRule");
}
