package dev.dockwise.ui.wizard;

import dev.dockwise.engine.facts.Images.BaseImage;
import dev.dockwise.engine.facts.IsolationKind;
import dev.dockwise.engine.facts.Knowledge;
import dev.dockwise.engine.facts.Source;
import dev.dockwise.engine.facts.Support;
import dev.dockwise.engine.matrix.CompatibilityMatrix;
import dev.dockwise.engine.matrix.MatrixCell;
import dev.dockwise.engine.matrix.MatrixRow;
import dev.dockwise.engine.model.ContainerType;
import dev.dockwise.engine.model.ImageVersion;
import dev.dockwise.engine.model.Profile;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.ModeAssessment;
import dev.dockwise.engine.result.Recommendation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Compatibility step's state: the matrix row of this host (as the advisor read it: client or
 * server, its build, and whether it runs Windows containers at all, from {@code Advisor.hostRow},
 * the row the report prints too), the image version the answers need or the newest that runs here,
 * what each Windows base image of that version does here with each isolation, and whether Linux
 * containers run here as the host is.
 */
public final class CompatibilityStepViewModel {
    /**
     * One base image of the shown version on this host; no tag when none is published, then no
     * verdicts.
     */
    public record ImageLine(String name, Optional<String> image, Support process, Support hyperv) {}

    private final WizardSession vm;
    private final CompatibilityMatrix matrix;
    private final ReadOnlyObjectWrapper<MatrixRow> hostRow =
            new ReadOnlyObjectWrapper<>(this, "hostRow");
    private final ReadOnlyObjectWrapper<ImageVersion> neededImage =
            new ReadOnlyObjectWrapper<>(this, "neededImage");
    private final ReadOnlyObjectWrapper<ImageVersion> shownVersion =
            new ReadOnlyObjectWrapper<>(this, "shownVersion");
    private final ReadOnlyStringWrapper linux = new ReadOnlyStringWrapper(this, "linux", "");
    private final ObservableList<ImageLine> images = FXCollections.observableArrayList();

    public CompatibilityStepViewModel(WizardSession vm) {
        this.vm = vm;
        this.matrix = new CompatibilityMatrix(vm.knowledge());
        vm.recommendationProperty().addListener(o -> refresh());
        refresh();
    }

    /** The facts the whole matrix is drawn from. */
    public Knowledge knowledge() {
        return vm.knowledge();
    }

    /** The sources the matrix's facts come from. */
    public List<Source> sources() {
        return matrix.sources();
    }

    public ReadOnlyObjectProperty<MatrixRow> hostRowProperty() {
        return hostRow.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImageVersion> neededImageProperty() {
        return neededImage.getReadOnlyProperty();
    }

    /** The version the image lines are for; null without a host row. */
    public ReadOnlyObjectProperty<ImageVersion> shownVersionProperty() {
        return shownVersion.getReadOnlyProperty();
    }

    public ObservableList<ImageLine> images() {
        return images;
    }

    public ReadOnlyStringProperty linuxProperty() {
        return linux.getReadOnlyProperty();
    }

    private void refresh() {
        Profile profile = vm.getProfile();
        Recommendation recommendation = vm.getRecommendation();
        Optional<MatrixRow> row = vm.services().advisor().hostRow(profile, recommendation);
        ImageVersion needed = profile.needs().windowsImageVersion();
        hostRow.set(row.orElse(null));
        neededImage.set(needed);
        shownVersion.set(row.map(r -> needed != null ? needed : newest(r)).orElse(null));
        images.setAll(row.map(r -> lines(r, shownVersion.get())).orElse(List.of()));
        linux.set(linuxLine(recommendation));
    }

    private List<ImageLine> lines(MatrixRow row, ImageVersion version) {
        List<ImageLine> lines = new ArrayList<>();
        for (BaseImage image : knowledge().images().baseImages()) {
            Optional<String> tag = image.tag(version).map(t -> image.repository() + ":" + t);
            lines.add(
                    new ImageLine(
                            image.name(),
                            tag,
                            tag.map(t -> support(row, version, IsolationKind.PROCESS)).orElse(null),
                            tag.map(t -> support(row, version, IsolationKind.HYPERV))
                                    .orElse(null)));
        }
        return lines;
    }

    private static Support support(MatrixRow row, ImageVersion version, IsolationKind isolation) {
        return row.cells().stream()
                .filter(c -> c.image() == version && c.isolation() == isolation)
                .findFirst()
                .orElseThrow()
                .support();
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

    private String linuxLine(Recommendation r) {
        Optional<ModeAssessment> linuxMode =
                r.options().stream()
                        .filter(
                                o ->
                                        o.status() == Status.RECOMMENDED
                                                || o.status() == Status.ELIGIBLE)
                        .filter(
                                o ->
                                        knowledge()
                                                .modes()
                                                .mode(o.mode())
                                                .containers()
                                                .contains(ContainerType.LINUX))
                        .findFirst();
        return "Linux containers on this host: "
                + linuxMode
                        .map(o -> "yes, with " + knowledge().modes().mode(o.mode()).name())
                        .orElse("not as the host is (see the recommendation for the changes)");
    }
}
