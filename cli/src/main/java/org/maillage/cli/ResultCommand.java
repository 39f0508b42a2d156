package org.maillage.cli;

import picocli.CommandLine.Option;

/**
 * A command that prints one result per network (validate, classify, metrics, decide): as text under a header
 * line, or as one JSON line per network without one ({@code --format}).
 */
abstract class ResultCommand extends NetworkCommand {
  /** The output formats. */
  enum Output { TEXT, JSON }

  @Option(names = "--format", defaultValue = "text", description = "text or json (one line per network).")
  Output format = Output.TEXT;

  @Override
  final boolean printsHeader() {
    return format == Output.TEXT;
  }
}
