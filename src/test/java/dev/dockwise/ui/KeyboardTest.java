package dev.dockwise.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.Edition;
import dev.dockwise.profile.ProfileField;
import dev.dockwise.ui.actions.StandardAction;
import dev.dockwise.ui.wizard.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.Mnemonic;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window by keyboard alone: the focus is seen where it is, each Alt+letter does one thing on
 * every page, the menus show their shortcuts and act only where they do something, and a host goes
 * from the Start step to a saved install script without the mouse.
 */
class KeyboardTest extends WizardTestBase {

    @Test
    void eachTabMovesAFocusThatCanBeSeen() {
        WaitForAsyncUtils.waitForFxEvents();
        int[] before = pixels();
        for (int i = 1; i <= 3; i++) {
            push(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            int[] after = pixels();
            Node focused = window.stage().getScene().getFocusOwner();
            assertFalse(
                    Arrays.equals(before, after),
                    "Tab "
                            + i
                            + " moved the focus to "
                            + focused
                            + " and nothing on screen changed");
            before = after;
        }
    }

    @Test
    void noTwoVisibleControlsShareAMnemonicOnAnyPage() throws Exception {
        openBaseline();
        List<String> clashes = new ArrayList<>();
        for (Step step : Step.values()) {
            goTo(step);
            clashes.addAll(clashes(step.name()));
        }
        // the answers that show more questions: a virtual machine, an edition that may be LTSC, a
        // server
        answerWhatShowsMoreQuestions();
        for (Step step : List.of(Step.HOST, Step.WORKLOADS, Step.EXPORT)) {
            goTo(step);
            clashes.addAll(clashes(step.name() + " (VM, Enterprise, Windows containers)"));
        }
        interact(
                () ->
                        vm().draft()
                                .choice(ProfileField.EDITION, Edition.class)
                                .set(Edition.SERVER_STANDARD));
        goTo(Step.HOST);
        clashes.addAll(clashes("HOST (server)"));
        for (StandardAction tool : List.of(StandardAction.TROUBLESHOOT, StandardAction.FINISH)) {
            interact(() -> window.actions().execute(tool));
            clashes.addAll(clashes(tool.name()));
        }
        pickedFiles.add(Files.createDirectories(config.resolve("no-profiles")));
        interact(() -> window.actions().execute(StandardAction.PLAN_FLEET));
        clashes.addAll(clashes("PLAN_FLEET"));
        assertTrue(clashes.isEmpty(), String.join("\n", clashes));
    }

    @Test
    void eachMenuGivesEachLetterToOneItemAndShowsTheShortcuts() {
        MenuBar bar = node("#menuBar");
        List<String> clashes = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collectMenuClashes(menu, clashes);
        }
        assertTrue(clashes.isEmpty(), String.join("\n", clashes));
        Menu go =
                bar.getMenus().stream()
                        .filter(m -> "goMenu".equals(m.getId()))
                        .findFirst()
                        .orElseThrow();
        assertEquals(
                KeyCombination.keyCombination("Alt+Left"),
                go.getItems().get(0).getAccelerator(),
                "Back shows Alt+Left");
        assertEquals(
                KeyCombination.keyCombination("Alt+Right"),
                go.getItems().get(1).getAccelerator(),
                "Next shows Alt+Right");
    }

    @Test
    void onAToolPageBackAndNextAreOffAndTheStepItemsBringTheWizardBack() throws Exception {
        openBaseline();
        goTo(Step.RECOMMENDATION);
        interact(() -> window.actions().execute(StandardAction.TROUBLESHOOT));
        MenuBar bar = node("#menuBar");
        Menu go =
                bar.getMenus().stream()
                        .filter(m -> "goMenu".equals(m.getId()))
                        .findFirst()
                        .orElseThrow();
        assertTrue(
                go.getItems().get(0).isDisable() && go.getItems().get(1).isDisable(),
                "Back and Next do nothing on a tool page");
        push(KeyCode.ALT, KeyCode.RIGHT);
        assertEquals(Step.RECOMMENDATION, step(), "Alt+Right does nothing on a tool page");
        assertTrue(lookup("#troubleshootPage").tryQuery().map(Node::isVisible).orElse(false));
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Step.HOST, step());
        assertTrue(
                lookup("#troubleshootPage").tryQuery().isEmpty(),
                "Ctrl+2 brought the wizard back at This host");
        assertTrue(node("#page-host").isVisible());
        assertFalse(go.getItems().get(0).isDisable(), "Back acts again");
        assertTrue(node("#backButton").getScene() != null && !node("#backButton").isDisabled());
    }

    @Test
    void aHostGoesFromStartToASavedScriptByKeyboardAlone() throws Exception {
        Path script = config.resolve("keyboard.ps1");
        pickedFiles.add(script);
        WaitForAsyncUtils.waitForFxEvents();
        // Start: Alt+W is New assessment (Alt+N is Next)
        alt(KeyCode.W);
        assertEquals(Step.HOST, step());
        Node focused = window.stage().getScene().getFocusOwner();
        assertEquals(
                "hostName",
                focused == null ? null : focused.getId(),
                "the keyboard starts on the first field");
        write("kb-laptop");
        alt(KeyCode.E);
        assertEquals(
                "edition",
                window.stage().getScene().getFocusOwner().getId(),
                "Alt+E goes to the edition");
        // the list opens with Alt+Down, the arrows move, Enter takes the choice
        push(KeyCode.ALT, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0;
                i < 10
                        && vm().draft().choice(ProfileField.EDITION, Edition.class).get()
                                != Edition.PRO;
                i++) {
            push(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            if (vm().draft().choice(ProfileField.EDITION, Edition.class).get() == Edition.PRO) {
                break;
            }
        }
        push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Edition.PRO, vm().draft().choice(ProfileField.EDITION, Edition.class).get());
        alt(KeyCode.U);
        write("22631");
        alt(KeyCode.M);
        write("16");
        alt(KeyCode.N);
        assertEquals(Step.WORKLOADS, step());
        // Alt+L ticks Linux containers
        List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
        interact(
                () -> {
                    Node box = window.stage().getScene().lookup("#linuxContainers");
                    box.addEventFilter(javafx.event.ActionEvent.ACTION, e -> events.add("action"));
                    ((javafx.scene.control.CheckBox) box)
                            .selectedProperty()
                            .addListener(
                                    (o, was, now) ->
                                            events.add(
                                                    "selected "
                                                            + now
                                                            + " at "
                                                            + java.util.Arrays.stream(
                                                                            Thread.currentThread()
                                                                                    .getStackTrace())
                                                                    .skip(2)
                                                                    .limit(40)
                                                                    .map(String::valueOf)
                                                                    .filter(
                                                                            t ->
                                                                                    t.contains(
                                                                                                    "dockwise")
                                                                                            || t
                                                                                                    .contains(
                                                                                                            "Mnemonic")
                                                                                            || t
                                                                                                    .contains(
                                                                                                            "KeyboardShortcuts"))
                                                                    .toList()));
                    window.stage()
                            .addEventFilter(
                                    javafx.scene.input.KeyEvent.ANY,
                                    e ->
                                            events.add(
                                                    e.getEventType()
                                                            + " "
                                                            + e.getCode()
                                                            + " '"
                                                            + e.getText()
                                                            + "' alt="
                                                            + e.isAltDown()
                                                            + " target="
                                                            + describe(
                                                                    e.getTarget() instanceof Node n
                                                                            ? n
                                                                            : box)));
                    vm().draft()
                            .choices(ProfileField.CONTAINERS, ContainerType.class)
                            .addListener(
                                    (o, was, now) ->
                                            events.add(
                                                    "draft linux "
                                                            + now.contains(ContainerType.LINUX)));
                });
        alt(KeyCode.L);
        assertTrue(
                vm().draft().runs(ContainerType.LINUX),
                () ->
                        "Alt+L: focus "
                                + window.stage().getScene().getFocusOwner()
                                + ", registered "
                                + onFx(() -> registered(window.stage().getScene(), 'L'))
                                + ", events "
                                + events);
        for (Step expected :
                List.of(Step.RECOMMENDATION, Step.COMPARE, Step.COMPATIBILITY, Step.EXPORT)) {
            alt(KeyCode.N);
            assertEquals(expected, step());
        }
        assertTrue(window.hasScript(), "a script to save: " + window.scriptMessage());
        alt(KeyCode.S);
        Await.until("the script saved", () -> Files.exists(script));
        assertTrue(Files.readString(script).contains("kb-laptop"));
    }

    /**
     * Alt and a letter, once exactly one shown control answers to it: a page's controls register
     * their letters when first laid out, a pulse after the page is shown (a person is never that
     * quick; on a loaded machine this test was).
     */
    private void alt(KeyCode key) {
        char letter = key.getChar().charAt(0);
        String[] seen = new String[1];
        try {
            Await.until(
                    "one control answers to Alt+" + letter,
                    () -> {
                        List<Node> fired = onFx(() -> firedBy(window.stage().getScene(), letter));
                        seen[0] = fired.stream().map(KeyboardTest::describe).toList().toString();
                        return fired.size() == 1;
                    });
        } catch (AssertionError e) {
            throw new AssertionError(
                    e.getMessage()
                            + "; answering: "
                            + seen[0]
                            + "; registered: "
                            + onFx(() -> registered(window.stage().getScene(), letter)),
                    e);
        }
        push(KeyCode.ALT, key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Every registration for Alt+letter, list by list, as the scene holds them (for a failure's
     * message).
     */
    private static String registered(Scene scene, char letter) {
        javafx.scene.input.KeyEvent press = altPress(letter);
        StringBuilder out = new StringBuilder();
        scene.getMnemonics()
                .forEach(
                        (key, list) -> {
                            if (key.match(press)) {
                                out.append(key.getClass().getSimpleName())
                                        .append(' ')
                                        .append(key)
                                        .append(": ");
                                list.forEach(
                                        m ->
                                                out.append(describe(m.getNode()))
                                                        .append(
                                                                treeVisible(m.getNode())
                                                                        ? ""
                                                                        : "(hidden)")
                                                        .append(
                                                                m.getNode().isFocusTraversable()
                                                                        ? ""
                                                                        : "(not focusable)")
                                                        .append(
                                                                m.getNode().isDisabled()
                                                                        ? "(disabled)"
                                                                        : "")
                                                        .append(
                                                                m.getNode().getScene() == scene
                                                                        ? ""
                                                                        : "(other scene)")
                                                        .append(", "));
                                out.append("; ");
                            }
                        });
        return out.toString();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What Alt+letter acts on: the shown, enabled, focusable controls registered for the letter, in
     * either case (MnemonicKeys gathers JavaFX's lists for the window). Exactly one is fired; two
     * or more only take turns at the focus.
     */
    private static List<Node> firedBy(Scene scene, char letter) {
        return answering(scene, letter).stream()
                .filter(n -> n.isFocusTraversable() && !n.isDisabled())
                .distinct()
                .toList();
    }

    /** Every Alt+letter that more than one shown control of the window answers to. */
    private List<String> clashes(String page) {
        List<String> found = new ArrayList<>();
        interact(
                () -> {
                    Scene scene = window.stage().getScene();
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    Map<Character, List<String>> byLetter = new java.util.TreeMap<>();
                    for (char letter = 'A'; letter <= 'Z'; letter++) {
                        List<String> shown =
                                answering(scene, letter).stream()
                                        .map(KeyboardTest::describe)
                                        .toList();
                        if (!shown.isEmpty()) {
                            byLetter.put(letter, shown);
                        }
                    }
                    byLetter.forEach(
                            (letter, shown) -> {
                                if (shown.size() > 1) {
                                    found.add(page + ": Alt+" + letter + " is " + shown);
                                }
                            });
                    assertTrue(
                            byLetter.containsKey('F') && byLetter.containsKey('T'),
                            "the menu bar's mnemonics are among the window's: " + byLetter);
                });
        return found;
    }

    /** The key press Alt+letter, as JavaFX's mnemonic keys match it (by the letter typed). */
    private static javafx.scene.input.KeyEvent altPress(char letter) {
        return new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED,
                "",
                String.valueOf(Character.toLowerCase(letter)),
                KeyCode.getKeyCode(String.valueOf(letter)),
                false,
                false,
                true,
                false);
    }

    /** The shown nodes whose mnemonic Alt+letter fires (a label's is the control it labels). */
    private static List<Node> answering(Scene scene, char letter) {
        javafx.scene.input.KeyEvent press = altPress(letter);
        List<Node> nodes = new ArrayList<>();
        for (Map.Entry<KeyCombination, javafx.collections.ObservableList<Mnemonic>> e :
                List.copyOf(scene.getMnemonics().entrySet())) {
            if (e.getKey().match(press)) {
                for (Mnemonic m : List.copyOf(e.getValue())) {
                    if (m.getNode().getScene() == scene && treeVisible(m.getNode())) {
                        nodes.add(m.getNode());
                    }
                }
            }
        }
        return nodes;
    }

    private static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Node n) {
        String text = n instanceof Labeled l ? l.getText() : n.getClass().getSimpleName();
        return "\"" + text + "\"" + (n.getId() == null ? "" : " #" + n.getId());
    }

    private static void collectMenuClashes(Menu menu, List<String> clashes) {
        Map<Character, String> letters = new HashMap<>();
        for (MenuItem item : menu.getItems()) {
            String text = item.getText();
            if (text != null && item.isMnemonicParsing()) {
                int at = text.indexOf('_');
                if (at >= 0 && at + 1 < text.length()) {
                    char letter = Character.toUpperCase(text.charAt(at + 1));
                    String before = letters.put(letter, text);
                    if (before != null) {
                        clashes.add(
                                menu.getText()
                                        + ": Alt+"
                                        + letter
                                        + " is \""
                                        + before
                                        + "\" and \""
                                        + text
                                        + "\"");
                    }
                }
            }
            if (item instanceof Menu sub) {
                collectMenuClashes(sub, clashes);
            }
        }
    }

    /** The window as drawn now, pixel by pixel. */
    private int[] pixels() {
        int[][] argb = new int[1][];
        interact(
                () -> {
                    Scene scene = window.stage().getScene();
                    WritableImage image = scene.snapshot(null);
                    PixelReader reader = image.getPixelReader();
                    int w = (int) image.getWidth();
                    int h = (int) image.getHeight();
                    argb[0] = new int[w * h];
                    reader.getPixels(
                            0,
                            0,
                            w,
                            h,
                            javafx.scene.image.PixelFormat.getIntArgbInstance(),
                            argb[0],
                            0,
                            w);
                });
        assertNotEquals(0, argb[0].length);
        return argb[0];
    }
}
