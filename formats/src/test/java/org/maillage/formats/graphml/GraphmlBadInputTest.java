package org.maillage.formats.graphml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maillage.MemberId;
import org.maillage.NetworkId;
import org.maillage.formats.FormatException;
import org.maillage.formats.FormatProblem;
import org.maillage.member.Horizon;
import org.maillage.member.PrimaryMember;
import org.maillage.member.Relation;
import org.maillage.network.Network;
import org.maillage.person.Person;

/** Bad GraphML: each document is refused with its problem's key and line, never another exception. */
class GraphmlBadInputTest {

  private static String valid() {
    return GraphmlWriter.standard().toString(Network.builder().id(NetworkId.of("n-1"))
        .created(LocalDate.of(2026, 1, 5)).focalPerson(Person.builder().id(MemberId.of("p-1")).build())
        .addMember(PrimaryMember.builder().id(MemberId.of("m-1")).relation(Relation.AUNT).horizon(Horizon.CLOSE)
            .involvedFrom(LocalDate.of(2025, 1, 1)).build())
        .build());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "not XML|hello|read.xml.malformed|1",
      "truncated|TRUNCATE|read.xml.malformed|0",
      "a DTD|<?xml version=\"1.0\"?><!DOCTYPE graphml [<!ENTITY x \"y\">]><graphml/>|read.xml.dtd|1",
      "another root|<?xml version=\"1.0\"?><svg/>|read.xml.root|1",
      "no graph|<?xml version=\"1.0\"?><graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"/>|read.graph.missing|0",
      "a wrong constant|<data key=\"horizon\">CLOSE</data>~<data key=\"horizon\">NEAR</data>|read.value.unknown|1",
      "a bad date|<data key=\"created\">2026-01-05</data>~<data key=\"created\">05/01/2026</data>|read.value.date|1",
      "an undeclared key|<data key=\"horizon\">~<data key=\"nope\">|read.key.undeclared|0",
      "a blank member id|<data key=\"networkCanvasUUID\">m-1</data>~<data key=\"networkCanvasUUID\"> </data>"
          + "|read.value.id|0"})
  void a_bad_document_is_refused_with_its_problem(String name, String change, String key, int hasLine) {
    // given a document broken one way
    String document = document(change);

    // when it is read
    FormatException e = catchThrowableOfType(() -> GraphmlReader.standard().read(document), FormatException.class);

    // then the one reader error names the problem, with a line when the parser knows it
    assertThat(e).as(name).isNotNull();
    List<FormatProblem> problems = e.problems();
    assertThat(problems).extracting(FormatProblem::messageKey).contains(key);
    if (hasLine == 1) {
      assertThat(problems).filteredOn(p -> p.messageKey().equals(key)).allMatch(p -> p.line() > 0);
    }
  }

  private static String document(String change) {
    String valid = valid();
    if (change.equals("TRUNCATE")) {
      return valid.substring(0, valid.length() / 2);
    }
    if (change.contains("~")) {
      String[] parts = change.split("~", 2);
      assertThat(valid).contains(parts[0]);
      return valid.replace(parts[0], parts[1]);
    }
    return change;
  }

  @ParameterizedTest(name = "a limit: {0}")
  @CsvSource({"elements,5,read.limit.elements", "depth,2,read.limit.depth", "text,2,read.limit.text"})
  void a_limit_is_a_problem_not_an_exhaustion(String limit, int value, String key) {
    // given a reader with a low limit
    GraphmlReader.Builder builder = GraphmlReader.builder();
    GraphmlReader reader = (limit.equals("elements") ? builder.maxElements(value)
        : limit.equals("depth") ? builder.maxDepth(value) : builder.maxTextLength(value)).build();

    // when a document past it is read, then the limit is the problem
    FormatException e = catchThrowableOfType(() -> reader.read(valid()), FormatException.class);
    assertThat(e.problems()).extracting(FormatProblem::messageKey).containsExactly(key);
  }
}
