/**
 * The text outputs: terminal text, Markdown, JSON and CSV of a recommendation, the comparison, the
 * matrix and a diagnosis ({@link RecommendationText}, {@link RecommendationMarkdown}, {@link
 * RecommendationJson}, {@link ComparisonOutput}, {@link MatrixOutput}, {@link DiagnosisText},
 * {@link DiagnosisJson}), for the command line, the wizard's exports and the fleet's files, with
 * {@link Printable} escaping control characters. Depends on the engine, {@code report} (its words),
 * {@code files} and Jackson (the JSON writer: ArchitectureTest.jsonIsReadAndWrittenInFewPlaces);
 * never on cli or ui (reportsDoNotDependOnTheirUsers).
 */
package dev.dockwise.report.text;
