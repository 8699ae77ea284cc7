package dev.dockwise.ui.steps;

import dev.dockwise.engine.facts.Images.BaseImage;
import dev.dockwise.engine.facts.IsolationKind;
import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.matrix.CompatibilityMatrix;
import dev.dockwise.engine.matrix.MatrixCell;
import dev.dockwise.engine.matrix.MatrixRow;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.ModeAssessment;
import dev.dockwise.engine.result.Recommendation;
import dev.dockwise.engine.rules.HostFacts;
import dev.dockwise.ui.common.Icons;
import dev.dockwise.ui.common.StyleClasses;
import dev.dockwise.ui.matrix.CompatibilityMatrixView;
import dev.dockwise.ui.wizard.WizardViewModel;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Step 6: which Windows images run on which hosts, and what runs on this one. */
public final class CompatibilityStepView extends StepPage {
    private final Knowledge knowledge;
    private final CompatibilityMatrix matrix;
    private final CompatibilityMatrixView view;
    private final VBox forHost = new VBox(8);

    public CompatibilityStepView(WizardViewModel vm) {
        super("Compatibility", "Windows containers only run images whose build the host supports: process isolation needs the same "
                + "build (Windows 11 also runs Windows Server 2022 images), Hyper-V isolation runs older images too.");
        knowledge = vm.advisor().knowledge();
        matrix = new CompatibilityMatrix(knowledge);
        view = new CompatibilityMatrixView(knowledge);
        forHost.getStyleClass().add(StyleClasses.CARD);
        forHost.setId("forThisHost");
        Label title = new Label("All hosts (Microsoft's current table)");
        title.getStyleClass().add(StyleClasses.SECTION_TITLE);
        add(forHost, title, view, CompatibilityMatrixView.legend());
        vm.recommendationProperty().addListener(o -> show(vm.getProfile(), vm.getRecommendation()));
        show(vm.getProfile(), vm.getRecommendation());
    }

    public CompatibilityMatrixView matrixView() {
        return view;
    }

    private void show(Profile profile, Recommendation recommendation) {
        Integer build = profile.host().build();
        Optional<MatrixRow> row = build == null ? Optional.empty() : matrix.forHost(HostFacts.kindOf(knowledge, profile), build);
        view.hostRowProperty().set(row.filter(MatrixRow::fromCurrentTable).orElse(null));
        view.neededImageProperty().set(profile.needs().windowsImageVersion());
        forHost.getChildren().clear();
        Label title = new Label("This host" + row.map(r -> ": " + r.name()).orElse(""));
        title.getStyleClass().add(StyleClasses.SECTION_TITLE);
        forHost.getChildren().add(title);
        if (row.isEmpty()) {
            Label hint = new Label("Enter the build number on the \"This host\" step to see which images run here.");
            hint.getStyleClass().add(StyleClasses.MUTED);
            forHost.getChildren().add(hint);
        } else {
            forHost.getChildren().add(imageGrid(row.get(), profile.needs().windowsImageVersion()));
        }
        forHost.getChildren().add(linuxLine(recommendation));
    }

    /** Base image x isolation for the image version this host runs (or the one needed). */
    private GridPane imageGrid(MatrixRow row, ImageVersion needed) {
        ImageVersion version = needed != null ? needed : newest(row);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("dw-host-images");
        grid.setHgap(18);
        grid.setVgap(6);
        grid.addRow(0, head("Windows base image"), head("Image for " + version.id()), head("Process isolation"), head("Hyper-V isolation"));
        int r = 1;
        for (BaseImage image : knowledge.images().baseImages()) {
            Label name = new Label(image.name());
            Label tag = new Label(image.tag(version).map(t -> image.repository() + ":" + t).orElse("not published"));
            tag.setWrapText(true);
            if (image.tag(version).isEmpty()) {
                tag.getStyleClass().add(StyleClasses.MUTED);
            }
            grid.addRow(r++, name, tag, verdict(row, version, IsolationKind.PROCESS, image.tag(version).isPresent()),
                    verdict(row, version, IsolationKind.HYPERV, image.tag(version).isPresent()));
        }
        return grid;
    }

    private static ImageVersion newest(MatrixRow row) {
        ImageVersion best = ImageVersion.LTSC2016;
        for (MatrixCell cell : row.cells()) {
            if (cell.support().works() && cell.image().compareTo(best) > 0) {
                best = cell.image();
            }
        }
        return best;
    }

    private static Label verdict(MatrixRow row, ImageVersion version, IsolationKind isolation, boolean published) {
        MatrixCell cell = row.cells().stream().filter(c -> c.image() == version && c.isolation() == isolation).findFirst().orElseThrow();
        Label l = published ? new Label(Icons.supportWord(cell.support()), Icons.of(Icons.support(cell.support()))) : new Label("-");
        l.pseudoClassStateChanged(PseudoClass.getPseudoClass(cell.support().id()), published);
        l.getStyleClass().add("dw-verdict");
        return l;
    }

    private Label linuxLine(Recommendation r) {
        Optional<ModeAssessment> linux = r.options().stream()
                .filter(o -> o.status() == Status.RECOMMENDED || o.status() == Status.ELIGIBLE)
                .filter(o -> knowledge.modes().mode(o.mode()).containers().contains(ContainerType.LINUX))
                .findFirst();
        Label l = new Label("Linux containers on this host: " + linux.map(o -> "yes, with " + knowledge.modes().mode(o.mode()).name())
                .orElse("not as the host is (see the recommendation for the changes)"));
        l.setWrapText(true);
        l.setId("linuxOnThisHost");
        return l;
    }

    private static Label head(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(StyleClasses.HEADER);
        return l;
    }
}
