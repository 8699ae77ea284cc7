package dev.dockwise.ui.steps;

import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.model.Mode;
import dev.dockwise.scripts.options.ScriptOption;
import dev.dockwise.scripts.options.ScriptOptions;
import dev.dockwise.ui.actions.ActionRegistry;
import dev.dockwise.ui.actions.StandardAction;
import dev.dockwise.ui.common.Icons;
import dev.dockwise.ui.common.StyleClasses;
import dev.dockwise.ui.wizard.ExportViewModel;
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
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The install script: mode, options, a read-only preview, copy and save. */
final class ScriptPanel extends VBox {
    private final ExportViewModel vm;
    private final VBox options = new VBox(6);
    private final java.util.Map<ScriptOption, HBox> shown =
            new java.util.EnumMap<>(ScriptOption.class);
    private final java.util.Map<ScriptOption, Label> helps =
            new java.util.EnumMap<>(ScriptOption.class);

    ScriptPanel(ExportViewModel vm, Knowledge knowledge, ActionRegistry actions) {
        super(10);
        this.vm = vm;
        getStyleClass().add(StyleClasses.CARD);
        setId("scriptPanel");
        Label title = new Label("Install script (PowerShell)");
        title.getStyleClass().add(StyleClasses.SECTION_TITLE);
        Label intro =
                new Label(
                        "Run it elevated on the host; add -WhatIf for a dry run. It checks the host"
                            + " first, and can be run again after a restart to continue where it"
                            + " stopped.");
        intro.setWrapText(true);
        intro.getStyleClass().add(StyleClasses.MUTED);

        ComboBox<Mode> mode = new ComboBox<>(vm.getModes());
        mode.setId("scriptMode");
        mode.setAccessibleText("Mode to install");
        mode.valueProperty().bindBidirectional(vm.mode);
        mode.setCellFactory(l -> new ModeCell(knowledge));
        mode.setButtonCell(new ModeCell(knowledge));
        CheckBox parent =
                new dev.dockwise.ui.common.MnemonicCheckBox(
                        "For the _parent Hyper-V host (nested virtualization)");
        parent.setId("scriptForParent");
        parent.selectedProperty().bindBidirectional(vm.forParentHost);
        mode.disableProperty().bind(vm.forParentHost);
        Label modeLabel = new Label("_Mode:");
        modeLabel.setMnemonicParsing(true);
        modeLabel.setLabelFor(mode);
        modeLabel.setMinWidth(Region.USE_PREF_SIZE);
        mode.setMinWidth(Region.USE_PREF_SIZE);
        parent.setWrapText(true);
        HBox modeRow = new HBox(8, modeLabel, mode);
        modeRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // the parent-host choice under the mode, wrapping on a narrow window instead of being cut
        VBox top = new VBox(8, modeRow, parent);

        Label only = new Label("Options this script uses; leave them empty for the defaults.");
        only.getStyleClass().add(StyleClasses.MUTED);
        options.getChildren().add(only);
        for (ScriptOption option : ExportViewModel.TEXT_OPTIONS) {
            TextField field = new TextField();
            field.setId(option.id());
            field.setPromptText(vm.example(option));
            field.textProperty().bindBidirectional(vm.text(option));
            field.setAccessibleText(option.label());
            field.setAccessibleHelp(option.help());
            option(option, field, true);
        }
        ComboBox<ScriptOptions.ServerEngine> engine = new ComboBox<>();
        engine.getItems().setAll(ScriptOptions.ServerEngine.values());
        engine.valueProperty().bindBidirectional(vm.engine);
        engine.setId("scriptEngine");
        engine.setConverter(
                new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(ScriptOptions.ServerEngine e) {
                        return e == null ? "" : e.label();
                    }

                    @Override
                    public ScriptOptions.ServerEngine fromString(String s) {
                        return null;
                    }
                });
        // unchosen, the box names the engine the script installs on this host (Mirantis on Server
        // 2016)
        Runnable defaultShown =
                () ->
                        engine.setPromptText(
                                vm.defaultEngine().label() + " (recommended for this host)");
        vm.scriptProperty().addListener(o -> defaultShown.run());
        vm.messageProperty().addListener(o -> defaultShown.run());
        defaultShown.run();
        engine.setAccessibleText(ScriptOption.ENGINE.label());
        option(ScriptOption.ENGINE, engine, false);
        CheckBox license =
                new dev.dockwise.ui.common.MnemonicCheckBox(
                        "I _accept the Docker Subscription Service Agreement (installs with"
                                + " --accept-license)");
        license.setId("acceptLicense");
        license.setWrapText(true);
        license.selectedProperty().bindBidirectional(vm.acceptLicense);
        option(ScriptOption.ACCEPT_LICENSE, license, false);
        Runnable showApplying =
                () -> {
                    shown.forEach(
                            (option, row) -> {
                                boolean applies = vm.applies(option);
                                row.setVisible(applies);
                                row.setManaged(applies);
                            });
                    helps.forEach((option, help) -> help.setText(vm.help(option)));
                    // the parent host's script only for a virtual machine
                    boolean virtual = vm.parentHostApplies();
                    parent.setVisible(virtual);
                    parent.setManaged(virtual);
                    if (!virtual && vm.forParentHost.get()) {
                        vm.forParentHost.set(false);
                    }
                };
        vm.mode.addListener(o -> showApplying.run());
        vm.forParentHost.addListener(o -> showApplying.run());
        vm.scriptProperty().addListener(o -> showApplying.run());
        showApplying.run();

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
        vm.scriptProperty()
                .addListener(
                        (obs, old, now) ->
                                preview.setText(
                                        now == null ? "" : now.text().replace("\r\n", "\n")));
        preview.setText(vm.getScript() == null ? "" : vm.getScript().text().replace("\r\n", "\n"));

        Button copy = new Button("_Copy script", Icons.of(Material2AL.CONTENT_COPY));
        copy.setId("copyScript");
        copy.disableProperty().bind(vm.scriptProperty().isNull());
        copy.setOnAction(
                e -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(vm.getScript().text());
                    Clipboard.getSystemClipboard().setContent(content);
                });
        Button save = new Button("Save _script...", Icons.of(Material2MZ.SAVE));
        save.setId("saveScript");
        save.disableProperty().bind(vm.scriptProperty().isNull());
        save.setOnAction(e -> actions.execute(StandardAction.SAVE_SCRIPT));
        getChildren()
                .addAll(title, intro, top, options, message, preview, new HBox(10, copy, save));
    }

    /**
     * One option: its label, its control, what it does, and (for text) why what was typed can't be
     * used.
     */
    private void option(ScriptOption option, javafx.scene.Node control, boolean checked) {
        Label caption = new Label(option == ScriptOption.ACCEPT_LICENSE ? "" : option.label());
        caption.setMinWidth(140);
        caption.setLabelFor(control);
        Label help = new Label(vm.help(option));
        helps.put(option, help);
        help.setWrapText(true);
        help.getStyleClass().add(StyleClasses.MUTED);
        VBox body = new VBox(2, control, help);
        HBox.setHgrow(body, Priority.ALWAYS);
        if (checked) {
            Label error = new Label();
            error.getStyleClass().add(StyleClasses.FIELD_ERROR);
            error.setWrapText(true);
            error.setId("error-" + option.id());
            Runnable refresh =
                    () -> {
                        String problem = vm.problemFor(option).orElse("");
                        error.setText(problem);
                        error.setVisible(!problem.isEmpty());
                        error.setManaged(!problem.isEmpty());
                        control.pseudoClassStateChanged(
                                javafx.css.PseudoClass.getPseudoClass("invalid"),
                                !problem.isEmpty());
                    };
            vm.getProblems().addListener((ListChangeListener<Object>) c -> refresh.run());
            refresh.run();
            body.getChildren().add(error);
        }
        HBox row = new HBox(10, caption, body);
        row.setId("option-" + option.id());
        shown.put(option, row);
        options.getChildren().add(row);
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
