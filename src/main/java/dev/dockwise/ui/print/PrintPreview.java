package dev.dockwise.ui.print;

import dev.dockwise.ui.common.Dialogs;
import dev.dockwise.ui.common.Icons;
import dev.dockwise.ui.common.Resources;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Pagination;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The print preview: the pages exactly as they will print (text pages portrait, the wide tables
 * landscape, each page fitted to the window), a choice of every installed printer (the default one
 * first chosen, when there is one), the system's page setup and print dialogs, and Save as PDF,
 * which is also the way out when no printer is installed.
 */
public final class PrintPreview {
    /** Room the pagination's own controls take under the page. */
    private static final double PAGINATION_CONTROLS = 70;

    private static final double SHARPNESS = 1.5;
    private static final double MIN_FIT = 100;
    private final Window owner;
    private final Function<PagePlan, List<ReportPage>> layout;
    private final List<Printer> printers;
    private final Runnable savePdf;
    private final Consumer<String> printed;
    private final Stage stage = new Stage();
    private final VectorJobs vectorJobs;
    private final VectorPrintJob.Sender sender;
    private final StackPane busy = new StackPane();
    private Button printButton;
    private final Pagination pagination = new Pagination();
    private final Label info = new Label();
    private final ComboBox<Printer> printerChoice = new ComboBox<>();
    private List<ReportPage> pages = List.of();
    private PageLayout chosenLayout;

    /**
     * The report's print jobs: their name, and the report's PDF for a paper, a printer and a number
     * of copies.
     */
    public interface VectorJobs {
        String name();

        VectorPrintJob make(dev.dockwise.report.PdfReport.Paper paper, String printer, int copies);
    }

    /**
     * {@code layout} lays the report out for a page plan (the preview); {@code printers} are the
     * installed ones; {@code vectorJobs} and {@code sender} print the report's PDF pages.
     */
    public PrintPreview(
            Window owner,
            Function<PagePlan, List<ReportPage>> layout,
            List<Printer> printers,
            Runnable savePdf,
            Consumer<String> printed,
            VectorJobs vectorJobs,
            VectorPrintJob.Sender sender) {
        this.vectorJobs = vectorJobs;
        this.sender = sender;
        this.printed = printed;
        this.owner = owner;
        this.layout = layout;
        this.printers = List.copyOf(printers);
        this.savePdf = savePdf;
    }

    public void show() {
        Button setup = new Button("Page _setup...", Icons.of(Material2MZ.SETTINGS));
        setup.setId("pageSetup");
        setup.setOnAction(e -> pageSetup());
        Button pdf = new Button("Save as P_DF...", Icons.of(Material2AL.INSERT_DRIVE_FILE));
        pdf.setId("previewSavePdf");
        pdf.setOnAction(
                e -> {
                    stage.close();
                    savePdf.run();
                });
        Button print = new Button("_Print...", Icons.of(Material2MZ.PRINT));
        print.setId("printButton");
        printButton = print;
        print.setOnAction(e -> print());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, info, spacer, setup, pdf, print, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(10));

        HBox top = new HBox(8);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(10, 10, 0, 10));
        if (printers.isEmpty()) {
            Label none =
                    new Label(
                            "No printer is installed on this computer. Save the report as PDF and"
                                    + " print it from there, or once a printer is set up.",
                            Icons.of(Material2MZ.PRINT_DISABLED));
            none.setId("noPrinter");
            none.setWrapText(true);
            top.getChildren().add(none);
            setup.setDisable(true);
            print.setDisable(true);
            pdf.setDefaultButton(true);
        } else {
            Label label = new Label("Print_er:");
            label.setMnemonicParsing(true);
            label.setLabelFor(printerChoice);
            printerChoice.setId("printerChoice");
            printerChoice.getItems().setAll(printers);
            printerChoice.setConverter(
                    new StringConverter<>() {
                        @Override
                        public String toString(Printer p) {
                            return p == null ? "" : p.getName();
                        }

                        @Override
                        public Printer fromString(String s) {
                            return null;
                        }
                    });
            printerChoice.setAccessibleText("Printer");
            Printer preferred = Printer.getDefaultPrinter();
            printerChoice.setValue(
                    preferred != null && printers.contains(preferred)
                            ? preferred
                            : printers.get(0));
            printerChoice
                    .valueProperty()
                    .addListener(
                            (obs, old, now) -> {
                                chosenLayout = null;
                                relayout();
                            });
            top.getChildren().addAll(label, printerChoice);
            print.setDefaultButton(true);
        }
        pagination.setId("printPreview");
        pagination.setMinSize(0, 0);
        // laying the pages out took 22 s on a loaded machine: the window shows at once, saying so
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(48, 48);
        Label preparing = new Label("Preparing the pages...");
        javafx.scene.layout.VBox waiting = new javafx.scene.layout.VBox(12, spinner, preparing);
        waiting.setAlignment(Pos.CENTER);
        busy.getChildren().add(waiting);
        busy.setId("previewBusy");
        StackPane middle = new StackPane(pagination, busy);
        pagination.setVisible(false);
        BorderPane root = new BorderPane(middle, top, null, buttons, null);
        root.getStyleClass().add("dockwise");
        // the whole preview, buttons included, inside the main window's height (each page is fitted
        // to what is left)
        Scene scene =
                new Scene(
                        root,
                        820,
                        owner == null ? 760 : Math.max(480, Math.min(900, owner.getHeight() - 80)));
        scene.getStylesheets().add(Resources.external("/dev/dockwise/ui/app.css"));
        stage.setScene(scene);
        stage.setTitle("Print preview - Dockwise");
        stage.setMinWidth(560);
        stage.setMinHeight(480);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        info.setMinWidth(0);
        info.setText("Preparing the pages...");
        boolean printable = !print.isDisabled();
        print.setDisable(true);
        stage.show();
        // after the window is drawn: the pages are laid out on this thread, as nodes must be
        javafx.application.Platform.runLater(
                () -> {
                    relayout();
                    busy.setVisible(false);
                    pagination.setVisible(true);
                    print.setDisable(!printable);
                });
    }

    /** Whether the pages are still being laid out (the busy indicator shows). */
    public boolean isPreparing() {
        return busy.isVisible();
    }

    /** The pages shown (and printed): for tests and for the page count. */
    public List<ReportPage> pages() {
        return pages;
    }

    public Stage stage() {
        return stage;
    }

    private Printer printer() {
        return printerChoice.getValue();
    }

    private PageLayout textLayout() {
        Printer p = printer();
        if (p == null) {
            return null;
        }
        return chosenLayout != null ? chosenLayout : p.getDefaultPageLayout();
    }

    private void relayout() {
        PageLayout text = textLayout();
        PagePlan plan = text == null ? PagePlan.a4() : plan(text, landscape(printer(), text));
        pages = layout.apply(plan);
        pagination.setPageCount(pages.size());
        pagination.setCurrentPageIndex(0);
        pagination.setPageFactory(i -> sheet(pages.get(i)));
        String paper = text == null ? "A4" : text.getPaper().getName();
        long wide = pages.stream().filter(ReportPage::landscape).count();
        info.setText(
                pages.size()
                        + " pages on "
                        + paper
                        + (wide > 0 ? " (" + wide + " landscape, for the wide tables)" : ""));
    }

    /**
     * Portrait for text as the user set it up, and the same paper and margins turned for the wide
     * tables.
     */
    private static PagePlan plan(PageLayout text, PageLayout wide) {
        return new PagePlan(
                text.getPrintableWidth(),
                text.getPrintableHeight(),
                wide.getPrintableWidth(),
                wide.getPrintableHeight());
    }

    private static PageLayout landscape(Printer printer, PageLayout text) {
        try {
            return printer.createPageLayout(
                    text.getPaper(),
                    PageOrientation.LANDSCAPE,
                    text.getLeftMargin(),
                    text.getRightMargin(),
                    text.getTopMargin(),
                    text.getBottomMargin());
        } catch (IllegalArgumentException e) {
            // margins the printer can't do turned: its own default margins
            return printer.createPageLayout(
                    text.getPaper(), PageOrientation.LANDSCAPE, Printer.MarginType.DEFAULT);
        }
    }

    /**
     * A picture of the page on a white sheet, as large as the window allows with the whole page in
     * view.
     */
    private Node sheet(ReportPage page) {
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(SHARPNESS, SHARPNESS));
        params.setFill(Color.WHITE);
        ImageView image = new ImageView(page.node().snapshot(params, null));
        image.setPreserveRatio(true);
        image.setSmooth(true);
        // never the picture's own size (a fit of 0 means that), so the page never pushes the
        // buttons out of the window
        image.fitWidthProperty()
                .bind(Bindings.max(MIN_FIT, pagination.widthProperty().subtract(48)));
        image.fitHeightProperty()
                .bind(
                        Bindings.max(
                                MIN_FIT,
                                pagination.heightProperty().subtract(PAGINATION_CONTROLS + 24)));
        StackPane paper = new StackPane(image);
        paper.setStyle("-fx-background-color: white;");
        paper.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        paper.setEffect(new DropShadow(8, Color.gray(0, 0.3)));
        paper.setId("previewSheet");
        StackPane holder = new StackPane(paper);
        holder.setPadding(new Insets(12));
        holder.setMinSize(0, 0);
        return holder;
    }

    private void pageSetup() {
        Printer p = printer();
        if (p == null) {
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob(p);
        if (job == null) {
            unavailable(p);
            return;
        }
        job.getJobSettings().setPageLayout(textLayout());
        if (job.showPageSetupDialog(stage)) {
            chosenLayout = job.getJobSettings().getPageLayout();
            relayout();
        }
        job.cancelJob();
    }

    private void print() {
        Printer p = printer();
        PrinterJob job = p == null ? null : PrinterJob.createPrinterJob(p);
        if (job == null) {
            unavailable(p);
            return;
        }
        job.getJobSettings().setPageLayout(textLayout());
        job.getJobSettings().setJobName(vectorJobs.name());
        if (!job.showPrintDialog(stage)) {
            job.cancelJob();
            return;
        }
        // the report's PDF pages to the printer chosen, so text stays text; the pictures of the
        // pages below only where that fails
        VectorPrintJob vector =
                vectorJobs.make(
                        VectorPrintJob.paperOf(
                                job.getJobSettings().getPageLayout().getPaper().getName()),
                        job.getPrinter().getName(),
                        job.getJobSettings().getCopies());
        try {
            String used = sender.send(vector);
            job.cancelJob();
            printed.accept(used);
            stage.close();
            return;
        } catch (Exception e) {
            // that printer takes no PDF through the system's print services: print the laid-out
            // pages instead
        }
        // the print dialog may change the printer or the paper: lay out for what was chosen there
        PageLayout text = job.getJobSettings().getPageLayout();
        PageLayout wide = landscape(job.getPrinter(), text);
        List<ReportPage> toPrint = layout.apply(plan(text, wide));
        for (int i = 0; i < toPrint.size(); i++) {
            ReportPage page = toPrint.get(i);
            if (!job.printPage(page.landscape() ? wide : text, page.node())) {
                Dialogs.error(
                        stage,
                        "Printing failed",
                        "The printer did not accept page "
                                + (i + 1)
                                + " ("
                                + job.getJobStatus()
                                + ").");
                job.cancelJob();
                return;
            }
        }
        job.endJob();
        printed.accept(job.getPrinter().getName());
        stage.close();
    }

    private void unavailable(Printer p) {
        Dialogs.info(
                stage,
                "The printer is not available",
                (p == null ? "The printer" : p.getName())
                        + " can't take a print job right now. Choose another printer, or save the"
                        + " report as PDF.");
    }
}
