package dev.dockwise.ui;

import dev.dockwise.engine.Advisor;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.engine.model.MachineKind;
import dev.dockwise.knowledge.KnowledgeBase;
import dev.dockwise.profile.ProfileField;
import dev.dockwise.ui.common.ChoiceField;
import dev.dockwise.ui.common.FilePicker;
import dev.dockwise.ui.shell.DesktopServices;
import dev.dockwise.ui.wizard.Step;
import dev.dockwise.ui.wizard.WizardSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real main window with a private config folder and a file picker the test answers. */
@org.junit.jupiter.api.Tag("ui")
abstract class WizardTestBase extends ApplicationTest {
    protected Path config;
    protected MainWindowFixture window;
    protected final Deque<Path> pickedFiles = new ArrayDeque<>();

    /**
     * The clicks and keys a user gave through the helpers below (typed characters are not counted:
     * a field is one interaction), for the tests that count how short a path is.
     */
    protected int interactions;

    /** Where each folder dialog that was told where to start would have opened. */
    protected final java.util.List<String> folderStarts = new java.util.ArrayList<>();

    @Override
    public void start(Stage stage) throws IOException {
        config = Files.createTempDirectory("dockwise-ui-test");
        window = newWindow(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        stage.toFront();
    }

    protected MainWindowFixture newWindow(Stage stage) {
        FilePicker picker =
                new FilePicker() {
                    @Override
                    public Optional<Path> open(
                            String title, String description, String... patterns) {
                        return Optional.ofNullable(pickedFiles.poll());
                    }

                    @Override
                    public Optional<Path> save(
                            String title,
                            String suggestedName,
                            String description,
                            String pattern) {
                        return Optional.ofNullable(pickedFiles.poll());
                    }

                    @Override
                    public Optional<Path> folder(String title) {
                        return Optional.ofNullable(pickedFiles.poll());
                    }

                    @Override
                    public Optional<Path> folder(String title, Path startIn) {
                        folderStarts.add(String.valueOf(startIn));
                        return folder(title);
                    }
                };
        return new MainWindowFixture(
                stage,
                new WizardSession(new Advisor(knowledge())),
                config,
                new DesktopServices(s -> picker, printers()));
    }

    /** The printers the print preview offers: the system's, unless a test has none. */
    protected java.util.function.Supplier<java.util.List<javafx.print.Printer>> printers() {
        return DesktopServices.system().printers();
    }

    /** The facts the window advises from; a test may age them. */
    protected dev.dockwise.engine.facts.Knowledge knowledge() {
        return KnowledgeBase.bundled();
    }

    /**
     * Opens the test baseline profile (a Windows 11 Pro host) as a saved assessment, as File > Open
     * would.
     */
    protected Path openBaseline() throws IOException {
        Path file = config.resolve("host.dockwise.json");
        Files.writeString(file, dev.dockwise.TestEngine.baseline());
        interact(() -> window.actions().openFile(file));
        return file;
    }

    /**
     * The answers that show more questions and options: a virtual machine, an edition that may be
     * LTSC, Windows containers besides the baseline's Linux ones.
     */
    protected void answerWhatShowsMoreQuestions() {
        interact(
                () -> {
                    vm().draft()
                            .choice(ProfileField.MACHINE, MachineKind.class)
                            .set(MachineKind.VIRTUAL);
                    vm().draft()
                            .choice(ProfileField.EDITION, Edition.class)
                            .set(Edition.ENTERPRISE);
                    vm().draft()
                            .choices(ProfileField.CONTAINERS, ContainerType.class)
                            .set(Set.of(ContainerType.LINUX, ContainerType.WINDOWS));
                });
    }

    /**
     * The process dies (no close, no shutdown: the system drops the autosave's lock) and a new
     * window starts with the same config folder; the user answers Recover. Returns the new window.
     */
    protected MainWindowFixture crashAndRecover() {
        window.autosave().abandon();
        MainWindowFixture[] second = new MainWindowFixture[1];
        interact(
                () -> {
                    Stage stage = new Stage();
                    second[0] = newWindow(stage);
                    stage.show();
                });
        // offerRecovery shows its dialog and waits for the answer, so it runs later and the test
        // answers it like a user
        javafx.application.Platform.runLater(() -> second[0].offerRecovery());
        Await.answerDialog(this, "Recover");
        return second[0];
    }

    /** Shows a step, as the step list would, and waits for it to be drawn. */
    protected void goTo(Step step) {
        interact(() -> vm().goTo(step));
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected WizardSession vm() {
        return window.vm();
    }

    protected <T extends Node> T node(String query) {
        return lookup(query).query();
    }

    /** Scrolls the step page so the node is on screen, as a user would before clicking it. */
    protected void reveal(Node node) {
        WaitForAsyncUtils.waitForFxEvents();
        interact(
                () -> {
                    node.getScene().getRoot().applyCss();
                    node.getScene().getRoot().layout();
                    Parent p = node.getParent();
                    while (p != null && !(p instanceof ScrollPane)) {
                        p = p.getParent();
                    }
                    if (p instanceof ScrollPane scroll) {
                        Node content = scroll.getContent();
                        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                        double contentHeight = content.getBoundsInLocal().getHeight();
                        double viewport = scroll.getViewportBounds().getHeight();
                        if (contentHeight > viewport) {
                            double target =
                                    Math.max(
                                            0,
                                            Math.min(
                                                    1,
                                                    (b.getMinY() - 40)
                                                            / (contentHeight - viewport)));
                            scroll.setVvalue(target);
                        }
                    }
                });
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected void click(String query) {
        interactions++;
        Node n = node(query);
        reveal(n);
        settleLayout(n);
        clickOn(n);
    }

    /**
     * Clicks a button of the open dialog once it can be clicked, and waits for the dialog to close:
     * a page may hold a hidden button with the same text (the fleet page's Cancel while nothing
     * runs), which a plain text lookup can find first.
     */
    protected void clickInDialog(String label) {
        Await.answerDialog(this, label);
    }

    /**
     * A task that just ended hides its progress bar and Cancel button, which moves the buttons
     * beside them at the next pulse; the robot aims where the node is, so the layout is done first
     * (otherwise a loaded machine clicks where the button was).
     */
    protected void settleLayout(Node n) {
        interact(
                () -> {
                    if (n.getScene() != null) {
                        n.getScene().getRoot().applyCss();
                        n.getScene().getRoot().layout();
                    }
                });
    }

    protected void type(String fieldId, String text) {
        interactions++;
        TextInputControl field = node("#" + fieldId);
        reveal(field);
        clickOn(field);
        push(KeyCode.CONTROL, KeyCode.A);
        push(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            write(text);
        }
    }

    /**
     * Pastes text into a field the way a user pastes an error (Ctrl+A, Ctrl+V): one edit, not a key
     * event per character, so long texts cost no more than short ones.
     */
    protected void paste(String fieldId, String text) {
        TextInputControl field = node("#" + fieldId);
        reveal(field);
        clickOn(field);
        interact(
                () -> {
                    javafx.scene.input.ClipboardContent content =
                            new javafx.scene.input.ClipboardContent();
                    content.putString(text);
                    javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
                });
        push(KeyCode.CONTROL, KeyCode.A);
        push(KeyCode.CONTROL, KeyCode.V);
        if (!text.equals(field.getText())) {
            throw new AssertionError(
                    "pasting into #" + fieldId + " left '" + field.getText() + "'");
        }
    }

    protected void segment(String fieldId, String label) {
        interactions++;
        ChoiceField<?> field = node("#" + fieldId);
        reveal(field);
        clickOn(field.segment(label));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens the drop-down and clicks the item with this text. */
    protected void pick(String comboId, String label) {
        interactions += 2; // open the list, click the item
        ComboBox<?> combo = node("#" + comboId);
        reveal(combo);
        clickOn(combo);
        WaitForAsyncUtils.waitForFxEvents();
        Optional<Node> cell =
                lookup(".list-cell")
                        .match(n -> n instanceof ListCell<?> c && label.equals(c.getText()))
                        .tryQuery();
        if (cell.isEmpty()) {
            throw new AssertionError(
                    "no item '"
                            + label
                            + "' in the open list of #"
                            + comboId
                            + "; showing="
                            + combo.isShowing()
                            + " items="
                            + combo.getItems());
        }
        clickOn(cell.get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected void check(String checkBoxId, boolean selected) {
        javafx.scene.control.CheckBox box = node("#" + checkBoxId);
        reveal(box);
        if (box.isSelected() != selected) {
            interactions++;
            clickOn(box);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected void next() {
        interactions++;
        clickOn("#nextButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected void back() {
        interactions++;
        clickOn("#backButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected Step step() {
        return vm().getStep();
    }

    /** All text shown by labels under the node. */
    protected static String textUnder(Node root) {
        StringBuilder text = new StringBuilder();
        collect(root, text);
        return text.toString();
    }

    private static void collect(Node node, StringBuilder text) {
        if (node instanceof Labeled l && l.getText() != null) {
            text.append(l.getText()).append('\n');
        }
        if (node instanceof TextInputControl t && t.getText() != null) {
            text.append(t.getText()).append('\n');
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, text));
        }
    }
}
