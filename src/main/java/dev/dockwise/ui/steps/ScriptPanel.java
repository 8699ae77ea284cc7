package dev.dockwise.ui.steps;

import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.scripts.ScriptOptions;
import dev.dockwise.ui.common.Icons;
import dev.dockwise.ui.common.StyleClasses;
import dev.dockwise.ui.wizard.AppActions;
import dev.dockwise.ui.wizard.ExportViewModel;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The install script: mode, options, a read-only preview, copy and save. */
final class ScriptPanel extends VBox {
    private final ExportViewModel vm;
    private final GridPane options = new GridPane();
    private int row;

    ScriptPanel(ExportViewModel vm, Knowledge knowledge, AppActions actions) {
        super(10);
        this.vm = vm;
        getStyleClass().add(StyleClasses.CARD);
        setId("scriptPanel");
        Label title = new Label("Install script (PowerShell)");
        title.getStyleClass().add(StyleClasses.SECTION_TITLE);
        Label intro = new Label("Run it elevated on the host; add -WhatIf for a dry run. It checks the host first, and can be run again "
                + "after a restart to continue where it stopped.");
        intro.setWrapText(true);
        intro.getStyleClass().add(StyleClasses.MUTED);

        ComboBox<Mode> mode = new ComboBox<>(vm.getModes());
        mode.setId("scriptMode");
        mode.setAccessibleText("Mode to install");
        mode.valueProperty().bindBidirectional(vm.mode);
        mode.setCellFactory(l -> new ModeCell(knowledge));
        mode.setButtonCell(new ModeCell(knowledge));
        CheckBox parent = new CheckBox("For the _parent Hyper-V host (nested virtualization)");
        parent.setId("scriptForParent");
        parent.selectedProperty().bindBidirectional(vm.forParentHost);
        mode.disableProperty().bind(vm.forParentHost);
        HBox top = new HBox(12, new Label("Mode:"), mode, parent);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        options.setHgap(10);
        options.setVgap(4);
        options.getColumnConstraints().addAll(new ColumnConstraints(130), grow(), new ColumnConstraints(130), grow());
        field("HTTP proxy", vm.proxyHttp, "--proxy-http", "http://proxy.example.com:8080", "proxyHttp");
        field("HTTPS proxy", vm.proxyHttps, "--proxy-https", "http://proxy.example.com:8080", "proxyHttps");
        field("No proxy for", vm.proxyExclude, "--proxy-exclude", "localhost,*.corp.example.com", "proxyExclude");
        field("Data root", vm.dataRoot, "--data-root", "D:\\Docker", "dataRoot");
        field("Install folder", vm.installDir, "--install-dir", "default", "installDir");
        field("Pre-pull image", vm.pullImage, "--pull", "the base image matching the host", "pullImage");
        field("WSL memory (GB)", vm.wslMemoryGb, "--wsl-memory", "WSL default: half the RAM", "wslMemory");
        field("WSL processors", vm.wslProcessors, "--wsl-processors", "WSL default: all", "wslProcessors");
        field("WSL distribution", vm.distro, "--distro", "Ubuntu", "distro");
        field("VM name", vm.vmName, "--vm-name", "as the Hyper-V host knows it", "vmName");
        ComboBox<ScriptOptions.ServerEngine> engine = new ComboBox<>();
        engine.getItems().setAll(ScriptOptions.ServerEngine.values());
        engine.valueProperty().bindBidirectional(vm.engine);
        engine.setId("scriptEngine");
        engine.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ScriptOptions.ServerEngine e) {
                return e == null ? "" : switch (e) {
                    case DOCKER_CE -> "Docker CE (static binaries)";
                    case MIRANTIS -> "Mirantis Container Runtime";
                    case CONTAINERD -> "containerd";
                };
            }

            @Override
            public ScriptOptions.ServerEngine fromString(String s) {
                return null;
            }
        });
        engine.setAccessibleText("Windows Server engine");
        place("Server engine", engine);
        CheckBox license = new CheckBox("I _accept the Docker Subscription Service Agreement (installs with --accept-license)");
        license.setId("acceptLicense");
        license.selectedProperty().bindBidirectional(vm.acceptLicense);

        TextArea preview = new TextArea();
        preview.setId("scriptPreview");
        preview.setEditable(false);
        preview.setPrefRowCount(18);
        preview.getStyleClass().add("dw-script-preview");
        preview.setAccessibleText("Script preview");
        Label message = new Label();
        message.setId("scriptMessage");
        message.setWrapText(true);
        message.getStyleClass().add(StyleClasses.FIELD_ERROR);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        vm.scriptProperty().addListener((obs, old, now) -> preview.setText(now == null ? "" : now.text().replace("\r\n", "\n")));
        preview.setText(vm.getScript() == null ? "" : vm.getScript().text().replace("\r\n", "\n"));

        Button copy = new Button("_Copy script", Icons.of(Material2AL.CONTENT_COPY));
        copy.setId("copyScript");
        copy.disableProperty().bind(vm.scriptProperty().isNull());
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.getScript().text());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button save = new Button("Save _script...", Icons.of(Material2MZ.SAVE));
        save.setId("saveScript");
        save.disableProperty().bind(vm.scriptProperty().isNull());
        save.setOnAction(e -> actions.saveScript(vm.getScript()));
        getChildren().addAll(title, intro, top, options, license, message, preview, new HBox(10, copy, save));
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints(150, 260, Double.MAX_VALUE);
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private void field(String label, StringProperty property, String option, String prompt, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        field.setAccessibleText(label);
        Label error = new Label();
        error.getStyleClass().add(StyleClasses.FIELD_ERROR);
        error.setWrapText(true);
        error.setId("error-" + id);
        Runnable refresh = () -> {
            String problem = vm.problemFor(option).orElse("");
            error.setText(problem);
            error.setVisible(!problem.isEmpty());
            error.setManaged(!problem.isEmpty());
            field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), !problem.isEmpty());
        };
        vm.getProblems().addListener((ListChangeListener<Object>) c -> refresh.run());
        refresh.run();
        place(label, new VBox(2, field, error));
    }

    private void place(String label, javafx.scene.Node node) {
        int column = (row % 2) * 2;
        int line = row / 2;
        Label caption = new Label(label);
        options.add(caption, column, line);
        options.add(node, column + 1, line);
        row++;
    }

    private static final class ModeCell extends ListCell<Mode> {
        private final Knowledge knowledge;

        ModeCell(Knowledge knowledge) {
            this.knowledge = knowledge;
        }

        @Override
        protected void updateItem(Mode item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : knowledge.modes().mode(item).name());
        }
    }
}
