package dev.dockwise.cli;

import java.util.ListResourceBundle;

/**
 * Where {@code dockwise report}'s words differ from the shared {@link OutputFile} options': a
 * report is a PDF or HTML file, never standard output.
 */
public final class ReportHelp extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {"out", "FILE.pdf or FILE.html."},
            {
                "force",
                "Replace --out FILE if it is a file that exists (a device, pipe, socket or link is"
                        + " never replaced)."
            },
        };
    }
}
