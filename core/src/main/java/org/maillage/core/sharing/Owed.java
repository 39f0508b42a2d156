package org.maillage.core.sharing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maillage.MemberId;
import org.maillage.sharing.InformingSubject;

/**
 * Who is owed information before a flow, and of what (<i>information due</i>), as the steps of a regime find
 * it, in the order found: the addressees of an {@code ALLOW_AFTER_INFORMING}.
 *
 * <p>Working state of one view, cleared for each flow; not thread-safe.
 */
public final class Owed {
  private final Map<MemberId, EnumSet<InformingSubject>> owed = new LinkedHashMap<>();

  Owed() {}

  /**
   * Records that someone is owed a subject.
   *
   * @param who the person owed
   * @param what the subject
   */
  public void owe(MemberId who, InformingSubject what) {
    owed.computeIfAbsent(who, w -> EnumSet.noneOf(InformingSubject.class)).add(what);
  }

  /**
   * Tells whether nobody is owed anything.
   *
   * @return true if nothing is owed
   */
  public boolean isEmpty() {
    return owed.isEmpty();
  }

  /**
   * Returns who is owed something, in the order found.
   *
   * @return a new list of the addressees
   */
  public List<MemberId> addressees() {
    return new ArrayList<>(owed.keySet());
  }

  void clear() {
    owed.clear();
  }
}
