package org.maillage.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import java.util.Set;
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
   * check them. Everything else, and every ERROR or FATAL whatever its id, fails the test.
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
   * Warnings on the record's own text, tolerated as warnings only: the export keeps names and free texts exactly
   * as recorded, surrounding spaces and angle brackets included.
   */
  static final Set<String> TOLERATED_WARNINGS = Set.of(
      "Type_Specific_Checks_DT_String_WS",
      // Consent.policyRule: R4's consent-policy value set (extensible) has no code for French or Belgian law, so
      // the legal basis is coded in the module's legal-basis code system
      "Terminology_TX_NoValid_2_CC",
      "SECURITY_STRING_CONTENT_WARNING");

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

  /** The messages not tolerated, rendered with their ids and locations. */
  static List<String> problems(String json) {
    return messages(json).stream()
        .filter(m -> m.getMessageId() == null || !TOLERATED.contains(m.getMessageId()))
        .filter(m -> m.getMessageId() == null || !(TOLERATED_WARNINGS.contains(m.getMessageId())
            && (m.getSeverity() == ResultSeverityEnum.WARNING || m.getSeverity() == ResultSeverityEnum.INFORMATION)))
        .map(m -> m.getSeverity() + " " + m.getMessageId() + " " + m.getLocationString() + " " + m.getMessage())
        .collect(Collectors.toList());
  }
}
