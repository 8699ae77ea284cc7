package dev.dockwise.ui.print;

import dev.dockwise.ui.common.Dialogs;
import dev.dockwise.ui.common.Icons;
import dev.dockwise.ui.common.Resources;
import java.util.List;
import java.util.function.BiFunction;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The print preview: the pages as they will print, the system's page setup and print dialogs,
 * and printing page by page. Pages are laid out again for the page layout the user picks.
 */
public final class PrintPreview {
    private final Window owner;
    private final BiFunction<Double, Double, List<Node>> layout;
    private final Stage stage = new Stage();
    private final Pagination pagination = new Pagination();
    private final Label info = new Label();
    private List<Node> pages;
    private PrinterJob job;

    /** {@code layout} lays the report out for a printable width and height in points. */
    public PrintPreview(Window owner, BiFunction<Double, Double, List<Node>> layout) {
        this.owner = owner;
        this.layout = layout;
    }

    /** Shows the preview, or a clear message when no printer is installed. */
    public void show(boolean printersInstalled) {
        if (!printersInstalled) {
            Dialogs.info(owner, "No printer is installed",
                    "Dockwise found no printer on this computer. Save the report as PDF or HTML instead (Export step or File > Export), "
                            + "then print it from another computer or once a printer is set up.");
            return;
        }
        job = PrinterJob.createPrinterJob();
        if (job == null) {
            Dialogs.info(owner, "No printer is available", "The printers installed here can't take a print job right now.");
            return;
        }
        PageLayout pageLayout = job.getJobSettings().getPageLayout();
        relayout(pageLayout);
        Button setup = new Button("Page _setup...", Icons.of(Material2MZ.SETTINGS));
        setup.setOnAction(e -> {
            if (job.showPageSetupDialog(stage)) {
                relayout(job.getJobSettings().getPageLayout());
            }
        });
        Button print = new Button("_Print...", Icons.of(Material2MZ.PRINT));
        print.setId("printButton");
        print.setDefaultButton(true);
        print.setOnAction(e -> print());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, info, spacer, setup, print, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(10));
        pagination.setId("printPreview");
        BorderPane root = new BorderPane(pagination, null, null, buttons, null);
        root.getStyleClass().add("dockwise");
        Scene scene = new Scene(root, 760, 860);
        scene.getStylesheets().add(Resources.external("/dev/dockwise/ui/app.css"));
        stage.setScene(scene);
        stage.setTitle("Print preview - Dockwise");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.show();
    }

    public List<Node> pages() {
        return pages;
    }

    private void relayout(PageLayout pageLayout) {
        pages = layout.apply(pageLayout.getPrintableWidth(), pageLayout.getPrintableHeight());
        pagination.setPageCount(pages.size());
        pagination.setCurrentPageIndex(0);
        pagination.setPageFactory(i -> sheet(pages.get(i), pageLayout));
        info.setText(pages.size() + " pages, " + pageLayout.getPaper().getName() + " " + pageLayout.getPageOrientation().toString().toLowerCase());
    }

    /** A page on a white sheet, scaled to fit the preview. */
    private Node sheet(Node page, PageLayout pageLayout) {
        StackPane paper = new StackPane(page);
        paper.setStyle("-fx-background-color: white;");
        paper.setPadding(new Insets(pageLayout.getTopMargin(), pageLayout.getRightMargin(), pageLayout.getBottomMargin(), pageLayout.getLeftMargin()));
        paper.setEffect(new DropShadow(8, javafx.scene.paint.Color.gray(0, 0.3)));
        paper.getTransforms().add(new Scale(0.85, 0.85));
        StackPane holder = new StackPane(new Group(paper));
        holder.setPadding(new Insets(12));
        return holder;
    }

    private void print() {
        if (job == null || !job.showPrintDialog(stage)) {
            return;
        }
        PageLayout pageLayout = job.getJobSettings().getPageLayout();
        List<Node> toPrint = layout.apply(pageLayout.getPrintableWidth(), pageLayout.getPrintableHeight());
        for (Node page : toPrint) {
            if (!job.printPage(pageLayout, page)) {
                Dialogs.error(stage, "Printing failed", "The printer did not accept page " + (toPrint.indexOf(page) + 1) + " (" + job.getJobStatus() + ").");
                job.cancelJob();
                return;
            }
        }
        job.endJob();
        stage.close();
    }
}
