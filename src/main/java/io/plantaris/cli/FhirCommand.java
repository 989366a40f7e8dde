package io.plantaris.cli;

import picocli.CommandLine.Command;

/** {@code fhir}: interoperability with FHIR R4 systems. */
@Command(
    name = "fhir",
    mixinStandardHelpOptions = true,
    description = "FHIR R4 interoperability.",
    subcommands = {FhirExportCommand.class})
public final class FhirCommand {}
