package dev.dockwise.ui.wizard;

import java.nio.file.Path;

/** What the menus, the start step and the export step can ask the main window to do. */
public interface AppActions {
    void newAssessment();

    void open();

    void openFile(Path file);

    void importProbe();

    /** Runs the probe on this computer (Windows) and takes its answers, marking which it detected. */
    void assessThisComputer();

    boolean save();

    boolean saveAs();

    void exportMarkdown();

    void exportJson();

    void exportComparisonCsv();

    void copySummary();

    void saveScript(dev.dockwise.scripts.GeneratedScript script);

    void saveProbe();

    void print();

    void savePdf();

    void saveHtml();

    /** Shows the Troubleshoot page. */
    void troubleshoot();

    /** Shows the fleet page and asks for a folder of profiles. */
    void planFleet();

    /** After the last step: what was done in this session and what to do next. */
    void finish();
}
