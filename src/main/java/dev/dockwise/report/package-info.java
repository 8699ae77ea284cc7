/**
 * The report: {@link ReportBuilder} makes the {@link ReportModel} of a profile with the engine;
 * {@link ReportModel#sections()} lists the sealed {@link ReportSection}s in order and {@link
 * ReportModel#walk(ReportRenderer)} hands each to a {@link ReportRenderer}, which {@link
 * PdfReport}, {@link HtmlReport} and the wizard's printed pages implement (decision record 0004);
 * {@code PdfReport} draws the sections with its package-private parts {@code PdfPages} (document,
 * pages, metadata), {@code PdfTables}, {@code PdfModeBox}, {@code PdfCells}, {@code PdfFonts} and
 * {@code PdfFooter}; {@link Words} holds the words every output uses for statuses and levels;
 * {@link ReportPrinting} prints a finished PDF for the command line. Depends on the engine, {@code
 * scripts} (a report shows the install plan), the PDF library and the JDK's printing; never on cli
 * or ui (ArchitectureTest.reportsDoNotDependOnTheirUsers), nor on Jackson.
 */
package dev.dockwise.report;
