package org.maillage;

/** The one syntax rule shared by every typed id of the model. */
final class IdSyntax {
  /** The longest id accepted, in characters. */
  static final int MAX_LENGTH = 64;

  private IdSyntax() {}

  static String check(String kind, String value) {
    if (value == null) {
      throw new NullPointerException(kind + ": value is null; give a stable identifier such as 'm-42'");
    }
    if (value.isBlank()) {
      throw invalid(kind, "value " + QuotedInput.quote(value) + " is blank; give a stable identifier such as 'm-42'");
    }
    if (value.length() > MAX_LENGTH) {
      throw invalid(kind, "value " + QuotedInput.quote(value) + " is " + value.length()
          + " characters long; the limit is " + MAX_LENGTH + ", use a shorter stable key");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++; // a well-formed pair: one character outside the basic plane
      } else if (Character.isSurrogate(c)) {
        throw invalid(kind, "value " + QuotedInput.quote(value) + " has a lone surrogate at index " + i
            + "; an id must be well-formed UTF-16 (two keys with lone surrogates become one once encoded), "
            + "give the key as your system stores it");
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
          || Character.getType(c) == Character.FORMAT) {
        throw invalid(kind, "value " + QuotedInput.quote(value) + " contains a space, an invisible or a control "
            + "character at index " + i + "; ids are opaque keys, use letters, digits, '-', '_' or '.'");
      }
    }
    return value;
  }

  private static InvalidModelException invalid(String kind, String message) {
    return new InvalidModelException(ModelProblem.of(kind, "", message));
  }
}
