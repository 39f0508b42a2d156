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
      throw new IllegalArgumentException(
          kind + ": value '" + value + "' is blank; give a stable identifier such as 'm-42'");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          kind + ": value '" + value.substring(0, 16) + "...' is " + value.length()
              + " characters long; the limit is " + MAX_LENGTH + ", use a shorter stable key");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
          || Character.getType(c) == Character.FORMAT) {
        throw new IllegalArgumentException(
            kind + ": value '" + value + "' contains a space, an invisible or a control character at index " + i
                + "; ids are opaque keys, use letters, digits, '-', '_' or '.'");
      }
    }
    return value;
  }
}
