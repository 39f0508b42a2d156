package org.maillage.formats.graphml;

/**
 * The kind of member a node becomes on import (<i>sorte de membre</i>).
 *
 * @since 0.1
 */
public enum MemberKind {
  /** A primary member: family, friend, neighbour (<i>membre primaire</i>). */
  PRIMARY_MEMBER("primaryMember"),
  /** A professional (<i>professionnel</i>). */
  PROFESSIONAL("professional"),
  /** A participant of a mutual-aid group (<i>participant</i>). */
  PARTICIPANT("participant");

  private final String written;

  MemberKind(String written) {
    this.written = written;
  }

  /**
   * Returns the node type the writer gives this kind.
   *
   * @return {@code primaryMember}, {@code professional} or {@code participant}
   */
  public String nodeType() {
    return written;
  }
}
