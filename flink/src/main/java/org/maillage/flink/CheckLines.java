package org.maillage.flink;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.util.OutputTag;
import org.jspecify.annotations.Nullable;

/**
 * The job's operator: checks each line with a {@link NetworkCheck} and emits the result line; bad lines go to
 * the side output {@link #BAD_LINES}. The counts of the aggregate and the parts of the territory fold are summed
 * in the operator, by key, and emitted once, when the input ends, to {@link #COUNTS} and {@link #TERRITORY}: what
 * leaves a reader for the shuffle is one count per key and one part per organisation, pair and institution of
 * each territory it saw, not one per network (a combiner, as Hadoop's). Never throws for a line: a bad line is data.
 *
 * <p>An operator rather than a {@code ProcessFunction} because a function cannot emit when its input ends, and
 * Flink's own per-partition aggregation ({@code fullWindowPartition}) is not chained to its input (its records would
 * be serialised to another task). It runs in batch mode, whose input ends. Only the date travels with the operator;
 * the validator and the reader are made once per parallel instance, in {@link #open}. What it keeps between lines
 * grows with the distinct keys (rules, forms, territories, organisations and pairs of organisations of a
 * territory), never with the networks. An instance is used by one Flink task at a time.
 *
 * @since 0.2
 */
public final class CheckLines extends AbstractStreamOperator<String>
    implements OneInputStreamOperator<Line, String>, BoundedOneInput {
  /** The side output of bad lines: {@code {"file":…,"line":…,"error":…}}. */
  public static final OutputTag<String> BAD_LINES = new OutputTag<>("bad-lines", Types.STRING);

  /** The side output of the counts the aggregate sums, each key once per parallel instance. */
  public static final OutputTag<Count> COUNTS = new OutputTag<>("counts", TypeInformation.of(Count.class));

  /**
   * The side output of the parts of the territory fold, for the networks that record a territory, each key once per
   * parallel instance.
   */
  public static final OutputTag<TerritoryPart> TERRITORY =
      new OutputTag<>("territory", TypeInformation.of(TerritoryPart.class));

  private static final long serialVersionUID = 1L;

  private final LocalDate date;
  private transient @Nullable NetworkCheck check;
  private transient @Nullable Map<String, long[]> counts;
  private transient TerritoryLines.@Nullable Sums territory;
  private transient @Nullable StreamRecord<String> result;

  /**
   * An operator checking as of a date.
   *
   * @param date the date the networks are judged as of
   */
  public CheckLines(LocalDate date) {
    this.date = Objects.requireNonNull(date, "date");
  }

  @Override
  public void open() throws Exception {
    super.open();
    check = NetworkCheck.asOf(date);
    counts = new HashMap<>();
    territory = new TerritoryLines.Sums();
    result = new StreamRecord<>("");
  }

  @Override
  public void processElement(StreamRecord<Line> element) {
    NetworkCheck.Outcome outcome = Objects.requireNonNull(check, "open() was not called").check(element.getValue());
    String text = outcome.result();
    if (text != null) {
      output.collect(Objects.requireNonNull(result).replace(text));
    } else {
      output.collect(BAD_LINES, new StreamRecord<>(Objects.requireNonNull(outcome.bad())));
    }
    Map<String, long[]> sums = Objects.requireNonNull(counts);
    for (Count count : outcome.counts()) {
      sums.computeIfAbsent(count.key, k -> new long[1])[0] += count.count;
    }
    TerritoryLines.Sums parts = Objects.requireNonNull(territory);
    for (TerritoryPart part : outcome.territory()) {
      parts.add(part);
    }
  }

  @Override
  public void endInput() {
    Objects.requireNonNull(counts, "open() was not called")
        .forEach((key, sum) -> output.collect(COUNTS, new StreamRecord<>(Count.of(key, sum[0]))));
    counts = new HashMap<>();
    for (TerritoryPart part : Objects.requireNonNull(territory).parts()) {
      output.collect(TERRITORY, new StreamRecord<>(part));
    }
    territory = new TerritoryLines.Sums();
  }
}
