package org.maillage.fhir;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import org.maillage.Language;

/**
 * One thing the mapping could not do as asked (<i>anomalie de correspondance</i>): an element a profile requires
 * that the record lacks, or an element of a bundle that the model cannot hold, with where it is as a FHIRPath-like
 * path ({@code Bundle.entry[3].resource.extension[0]}), a message key and named arguments rendered per
 * {@link Locale} in French, English or Dutch.
 *
 * <p>The arguments hold paths, codes, URLs and ids, never a name or a free text. This class is immutable and
 * thread-safe, with value equality.
 *
 * @since 0.1
 */
public final class FhirIssue {
  private static final String BUNDLE = "org.maillage.fhir.Messages";

  private final String path;
  private final String messageKey;
  private final ImmutableMap<String, String> arguments;

  private FhirIssue(String path, String messageKey, ImmutableMap<String, String> arguments) {
    this.path = path;
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  /**
   * Obtains an issue.
   *
   * @param path where, such as {@code Bundle.entry[3].resource.gender}
   * @param messageKey the key in the bundle {@code org.maillage.fhir.Messages}
   * @param arguments the named arguments of the message
   * @return the issue
   * @since 0.1
   */
  public static FhirIssue of(String path, String messageKey, Map<String, String> arguments) {
    return new FhirIssue(Objects.requireNonNull(path, "FhirIssue.path"),
        Objects.requireNonNull(messageKey, "FhirIssue.messageKey"), ImmutableMap.copyOf(arguments));
  }

  /**
   * Returns where the issue is.
   *
   * @return a FHIRPath-like path, such as {@code Bundle.entry[3].resource.extension[0]}
   * @since 0.1
   */
  public String path() {
    return path;
  }

  /**
   * Returns the key of the message.
   *
   * @return the key, such as {@code fhir.import.unmapped}
   * @since 0.1
   */
  public String messageKey() {
    return messageKey;
  }

  /**
   * Returns the named arguments of the message.
   *
   * @return the arguments, possibly empty
   * @since 0.1
   */
  public ImmutableMap<String, String> arguments() {
    return arguments;
  }

  /**
   * Renders the issue: the path, then the message.
   *
   * @param locale the reader's locale; French, Dutch, and English for any other
   * @return the text
   * @since 0.1
   */
  public String message(Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Language.of(locale).locale());
    String template = bundle.getString(messageKey);
    StringBuilder out = new StringBuilder(path).append(": ");
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      String value = close > 0 ? arguments.get(template.substring(i + 1, close)) : null;
      if (value != null) {
        out.append(value);
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FhirIssue other && path.equals(other.path) && messageKey.equals(other.messageKey)
        && arguments.equals(other.arguments);
  }

  @Override
  public int hashCode() {
    return (path.hashCode() * 31 + messageKey.hashCode()) * 31 + arguments.hashCode();
  }

  @Override
  public String toString() {
    return "FhirIssue{" + path + ", " + messageKey + ", " + arguments + "}";
  }
}
