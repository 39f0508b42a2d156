package org.maillage.flink;

import java.time.LocalDate;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.jspecify.annotations.Nullable;

/**
 * The job's operator: checks each line with a {@link NetworkCheck} and emits the result line; bad lines go to
 * the side output {@link #BAD_LINES}, the counts of the aggregate to {@link #COUNTS}, and the parts of the
 * territory fold to {@link #TERRITORY}. Never throws for a line: a bad line is data.
 *
 * <p>Only the date travels with the operator; the validator and the reader are made once per parallel instance,
 * in {@link #open}. An instance is used by one Flink task at a time.
 *
 * @since 0.2
 */
public final class CheckLines extends ProcessFunction<Line, String> {
  /** The side output of bad lines: {@code {"file":…,"line":…,"error":…}}. */
  public static final OutputTag<String> BAD_LINES = new OutputTag<>("bad-lines", Types.STRING);

  /** The side output of the counts the aggregate sums. */
  public static final OutputTag<Count> COUNTS = new OutputTag<>("counts", TypeInformation.of(Count.class));

  /** The side output of the parts of the territory fold, for the networks that record a territory. */
  public static final OutputTag<TerritoryPart> TERRITORY =
      new OutputTag<>("territory", TypeInformation.of(TerritoryPart.class));

  private static final long serialVersionUID = 1L;

  private final LocalDate date;
  private transient @Nullable NetworkCheck check;

  /**
   * An operator checking as of a date.
   *
   * @param date the date the networks are judged as of
   */
  public CheckLines(LocalDate date) {
    this.date = Objects.requireNonNull(date, "date");
  }

  @Override
  public void open(OpenContext context) {
    check = NetworkCheck.asOf(date);
  }

  @Override
  public void processElement(Line line, Context context, Collector<String> out) {
    NetworkCheck c = check;
    if (c == null) {
      c = NetworkCheck.asOf(date);
      check = c;
    }
    NetworkCheck.Outcome outcome = c.check(line);
    if (outcome.result() != null) {
      out.collect(outcome.result());
    } else {
      context.output(BAD_LINES, Objects.requireNonNull(outcome.bad()));
    }
    for (Count count : outcome.counts()) {
      context.output(COUNTS, count);
    }
    for (TerritoryPart part : outcome.territory()) {
      context.output(TERRITORY, part);
    }
  }
}
