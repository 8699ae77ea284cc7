package dev.dockwise.ui.shell;

import dev.dockwise.ui.common.FilePicker;
import dev.dockwise.ui.common.SystemFilePicker;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.print.Printer;
import javafx.stage.Stage;

/**
 * What the computer offers the window: its file dialogs (for a stage) and its installed printers.
 * The app takes the system's; tests answer for them.
 */
public record DesktopServices(
        Function<Stage, FilePicker> filePicker, Supplier<List<Printer>> printers) {

    /** The system's file dialogs and the printers installed when the preview opens. */
    public static DesktopServices system() {
        return new DesktopServices(
                SystemFilePicker::new, () -> List.copyOf(Printer.getAllPrinters()));
    }
}
