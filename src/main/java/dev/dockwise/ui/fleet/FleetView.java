package dev.dockwise.ui.fleet;

import dev.dockwise.engine.model.Mode;
import dev.dockwise.fleet.FleetStatus;
import dev.dockwise.fleet.FleetSummary;
import dev.dockwise.fleet.HostPlan;
import dev.dockwise.ui.common.Icons;
import dev.dockwise.ui.common.Labels;
import dev.dockwise.ui.common.StepPage;
import dev.dockwise.ui.common.StyleClasses;
import dev.dockwise.ui.common.TextWidths;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The fleet page: plan a folder of profiles with a progress bar, see the same summary the command
 * line writes (hosts per status and per mode, the changes hosts need), browse and filter the hosts,
 * open one in the wizard, and export the plan folder.
 */
public final class FleetView extends StepPage {
    private static final String ALL = "All hosts";

    private final FleetViewModel vm;
    private final HBox tiles = new HBox(12);
    private final VBox modes = new VBox(4);
    private final VBox changes = new VBox(4);
    private final ComboBox<String> filter = new ComboBox<>();
    private final FilteredList<HostPlan> shown;
    private final TableView<HostPlan> table;

    /** A cell's padding and border, and room for the column's sort arrow. */
    private static final double CELL_CHROME = 30;

    private static final double COLUMN_CAP = 320;

    public FleetView(
            FleetViewModel vm,
            Runnable chooseFolder,
            Runnable export,
            Consumer<Path> openProfile,
            Consumer<String> cantOpen,
            Runnable back) {
        super(
                "Plan a fleet",
                "Open a folder of profiles (for example the probe's results collected from many"
                    + " machines) to plan every host at once: the mode each should run, the changes"
                    + " hosts need, and where nothing works. Export writes each host's"
                    + " recommendation and install script and the summary, as dockwise plan does.");
        this.vm = vm;
        setId("fleetPage");
        Button choose =
                new Button("_Choose a folder of profiles...", Icons.of(Material2AL.FOLDER_OPEN));
        choose.setId("chooseFleetFolderButton");
        choose.setOnAction(e -> chooseFolder.run());
        choose.disableProperty().bind(vm.busyProperty());
        Button exportButton = new Button("_Export plan...", Icons.of(Material2MZ.SAVE_ALT));
        exportButton.setId("exportPlanButton");
        exportButton.setOnAction(e -> export.run());
        exportButton.disableProperty().bind(vm.busyProperty().or(vm.summaryProperty().isNull()));
        Button cancel = new Button("Cancel");
        cancel.setId("cancelFleetButton");
        cancel.setOnAction(e -> vm.cancel());
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        HBox actions = actionsWithBack("backFromFleetButton", back, choose, exportButton, cancel);

        ProgressBar progress = new ProgressBar(0);
        progress.setId("fleetProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        vm.runningProperty()
                .addListener(
                        (obs, old, task) -> {
                            progress.progressProperty().unbind();
                            if (task != null) {
                                progress.progressProperty().bind(task.progressProperty());
                            }
                        });
        Label status = new Label();
        status.setId("fleetMessage");
        status.setWrapText(true);
        status.textProperty().bind(vm.messageProperty());

        shown = new FilteredList<>(vm.hosts());
        table = table(host -> vm.profileOf(host, cantOpen).ifPresent(openProfile));
        filter.setId("fleetFilter");
        filter.getItems().add(ALL);
        for (FleetStatus s : FleetStatus.values()) {
            filter.getItems().add(s.label());
        }
        filter.setValue(ALL);
        filter.valueProperty()
                .addListener(
                        (obs, old, now) ->
                                shown.setPredicate(
                                        p -> ALL.equals(now) || p.status().label().equals(now)));
        Label filterLabel = new Label("_Show:");
        filterLabel.setMnemonicParsing(true);
        filterLabel.setLabelFor(filter);
        HBox filterRow = new HBox(8, filterLabel, filter);
        filterRow.setAlignment(Pos.CENTER_LEFT);

        VBox modesCard = card("Hosts per mode", modes);
        VBox changesCard = card("Changes hosts need (most common first)", changes);
        HBox overview = new HBox(12, modesCard, changesCard);
        modesCard.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(changesCard, Priority.ALWAYS);
        overview.visibleProperty().bind(vm.summaryProperty().isNotNull());
        overview.managedProperty().bind(overview.visibleProperty());
        tiles.visibleProperty().bind(vm.summaryProperty().isNotNull());
        tiles.managedProperty().bind(tiles.visibleProperty());
        filterRow.visibleProperty().bind(vm.summaryProperty().isNotNull());
        filterRow.managedProperty().bind(filterRow.visibleProperty());
        table.visibleProperty().bind(vm.summaryProperty().isNotNull());
        table.managedProperty().bind(table.visibleProperty());
        add(actions, progress, status, tiles, overview, filterRow, table);
        vm.summaryProperty().addListener((obs, old, now) -> show(now));
    }

    private TableView<HostPlan> table(Consumer<HostPlan> openHost) {
        TableView<HostPlan> table = new TableView<>(shown);
        table.setId("fleetTable");
        table.setPrefHeight(360);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No hosts to show."));
        table.getColumns()
                .add(column("Host", 140, p -> p.hostName() != null ? p.hostName() : p.fileBase()));
        table.getColumns().add(column("Source", 140, HostPlan::origin));
        table.getColumns().add(column("Status", 150, p -> p.status().label()));
        // the modes by the names the chart beside the table uses
        table.getColumns()
                .add(
                        column(
                                "Mode",
                                120,
                                p -> p.plannedMode() == null ? "" : vm.modeName(p.plannedMode())));
        table.getColumns().add(column("Details", 400, FleetView::details));
        table.setRowFactory(
                t -> {
                    TableRow<HostPlan> row = new TableRow<>();
                    row.setOnMouseClicked(
                            e -> {
                                if (e.getClickCount() == 2 && !row.isEmpty()) {
                                    openHost.accept(row.getItem());
                                }
                            });
                    return row;
                });
        return table;
    }

    private static TableColumn<HostPlan, String> column(
            String title, double width, java.util.function.Function<HostPlan, String> value) {
        TableColumn<HostPlan, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private static String details(HostPlan p) {
        return switch (p.status()) {
            case INVALID -> String.join("; ", p.problems());
            case NEEDS_CHANGES -> String.join(" ", p.changes());
            case NOTHING_WORKS -> String.join("; ", p.blockers());
            case RECOMMENDED ->
                    p.scriptFile() != null
                            ? "Script: " + p.scriptFile()
                            : p.scriptProblem() == null ? "" : p.scriptProblem();
        };
    }

    /**
     * Each short column as wide as its widest entry (Source and Status were cut short), the details
     * column taking the rest; a very long file name is capped.
     */
    private void fitColumns(TableView<HostPlan> table) {
        for (int i = 0; i < table.getColumns().size() - 1; i++) {
            TableColumn<HostPlan, ?> column = table.getColumns().get(i);
            List<String> values =
                    vm.hosts().stream()
                            .map(host -> column.getCellObservableValue(host))
                            .map(
                                    v ->
                                            v == null || v.getValue() == null
                                                    ? ""
                                                    : v.getValue().toString())
                            .toList();
            double width =
                    Math.max(
                            TextWidths.widest(
                                    List.of(column.getText()),
                                    TextWidths.bold(TextWidths.TEXT_SIZE)),
                            TextWidths.widest(values, TextWidths.regular(TextWidths.TEXT_SIZE)));
            column.setMinWidth(Math.min(COLUMN_CAP, width + CELL_CHROME));
            column.setPrefWidth(column.getMinWidth());
        }
    }

    private void show(FleetSummary s) {
        fitColumns(table);
        tiles.getChildren().clear();
        modes.getChildren().clear();
        changes.getChildren().clear();
        filter.setValue(ALL);
        if (s == null) {
            return;
        }
        for (FleetStatus status : FleetStatus.values()) {
            Label n = new Label(Integer.toString(s.count(status)));
            n.getStyleClass().add("dw-fleet-count");
            VBox tile = new VBox(2, n, new Label(status.label()));
            tile.getStyleClass()
                    .addAll(StyleClasses.CARD, "dw-fleet-tile", "dw-fleet-" + status.id());
            tile.setId("fleet-count-" + status.id());
            tiles.getChildren().add(tile);
        }
        List<Map.Entry<Mode, List<HostPlan>>> byMode = s.modesByHosts();
        int max = byMode.isEmpty() ? 1 : byMode.get(0).getValue().size();
        for (Map.Entry<Mode, List<HostPlan>> e : byMode) {
            Region bar = new Region();
            bar.getStyleClass().add("dw-fleet-bar");
            bar.setPrefWidth(Math.max(4, 220.0 * e.getValue().size() / max));
            bar.setMinHeight(12);
            Label name = new Label(vm.modeName(e.getKey()));
            name.setMinWidth(Region.USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Label count = new Label(Integer.toString(e.getValue().size()));
            count.setMinWidth(Region.USE_PREF_SIZE);
            HBox barBox = new HBox(bar);
            barBox.setMinWidth(230);
            barBox.setAlignment(Pos.CENTER_LEFT);
            HBox row = new HBox(8, name, gap, barBox, count);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setId("fleet-mode-" + e.getKey().id());
            modes.getChildren().add(row);
        }
        if (byMode.isEmpty()) {
            modes.getChildren().add(Labels.muted("No host can run any mode."));
        }
        s.changes().stream()
                .limit(8)
                .forEach(
                        c -> {
                            Label l = new Label(c.hosts().size() + " \u00d7  " + c.change());
                            l.setWrapText(true);
                            changes.getChildren().add(l);
                        });
        if (s.changes().isEmpty()) {
            changes.getChildren().add(Labels.muted("No host needs changes."));
        } else if (s.changes().size() > 8) {
            changes.getChildren()
                    .add(Labels.muted((s.changes().size() - 8) + " more in the exported summary."));
        }
    }

    private static VBox card(String title, VBox body) {
        VBox card = new VBox(8, Labels.sectionTitle(title), body);
        card.getStyleClass().add(StyleClasses.CARD);
        return card;
    }
}
