package org.maillage.member;

import java.util.List;
import java.util.Optional;
import org.maillage.InvalidModelException;
import org.maillage.MemberId;
import org.maillage.ModelProblem;
import org.maillage.Period;
import org.maillage.QuotedInput;

/** The structural check shared by the three kinds of member: a history that can be read in order. */
final class Involvements {
  private Involvements() {}

  static void check(String type, MemberId id, List<Period> involvements) {
    if (involvements.isEmpty()) {
      throw new InvalidModelException(ModelProblem.of(type, id, "involvements", "member " + QuotedInput.quote(id)
          + " has no involvement period; add one, for example involvedFrom(joinDate)"));
    }
    for (int i = 1; i < involvements.size(); i++) {
      Optional<java.time.LocalDate> previousEnd = involvements.get(i - 1).end();
      if (previousEnd.isEmpty()) {
        throw new InvalidModelException(ModelProblem.of(type, id, "involvements[" + (i - 1) + "]", "member "
            + QuotedInput.quote(id) + " has the open period " + involvements.get(i - 1) + " followed by "
            + involvements.get(i) + "; close the earlier period (give its end) before listing a later one"));
      }
      if (!previousEnd.get().isBefore(involvements.get(i).start())) {
        throw new InvalidModelException(ModelProblem.of(type, id, "involvements[" + i + "]", "member "
            + QuotedInput.quote(id) + " has period " + involvements.get(i) + " starting before the end of "
            + involvements.get(i - 1) + "; list closed periods in date order, without overlap"));
      }
    }
  }
}
