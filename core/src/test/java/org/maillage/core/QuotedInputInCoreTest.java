package org.maillage.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maillage.Message;
import org.maillage.NetworkId;
import org.maillage.core.message.MessageFormatter;
import org.maillage.core.sharing.fr.FrenchSharingPolicy;
import org.maillage.validation.Finding;
import org.maillage.validation.RuleId;
import org.maillage.validation.Severity;
import org.maillage.validation.SubjectPath;

/** Core's exceptions and renderings quote input through {@link org.maillage.QuotedInput}, as the api does. */
class QuotedInputInCoreTest {

  @Test
  void aReasonKeyWithARightToLeftOverrideIsQuotedEscaped() {
    // given a reason whose key holds U+202E
    Message reason = Message.of("report.\u202Eevil");

    // when the French policy renders it, then the failure quotes the key escaped
    assertThatThrownBy(() -> FrenchSharingPolicy.instance().render(reason, Locale.ENGLISH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'report.\\u202Eevil'")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u202E"));
  }

  @Test
  void aFindingKeyWithABellIsQuotedEscaped() {
    // given a finding of a standard rule whose message key holds a BEL
    Finding finding = Finding.of(RuleId.of("PERSON-CONSENT"), Severity.ERROR, SubjectPath.of(NetworkId.of("n-1")),
        Message.of("PERSON-CONSENT.\u0007"));

    // when the validator renders it, then the failure quotes the key escaped
    assertThatThrownBy(() -> Validator.standard().render(finding, Locale.FRENCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'PERSON-CONSENT.\\u0007'")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u0007"));
  }

  @Test
  void aTextArgumentIsRenderedEscaped() {
    // given a template and a text argument holding a line separator
    // when it is rendered, then the separator is an escape
    assertThat(MessageFormatter.format("code {code}", Map.of("code", "a\u2028b"), Locale.ENGLISH))
        .isEqualTo("code a\\u2028b");
  }
}
