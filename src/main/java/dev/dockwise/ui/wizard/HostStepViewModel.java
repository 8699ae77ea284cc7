package dev.dockwise.ui.wizard;

import dev.dockwise.engine.facts.EditionInfo;
import dev.dockwise.engine.facts.WindowsRelease;
import dev.dockwise.engine.model.HostKind;
import dev.dockwise.profile.ProfileField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Host step's state beyond the draft: the editions to choose from, and the known releases of
 * the host's kind (client or server, newest first) kept in step with the build number both ways:
 * picking a release sets its build, typing a build shows its release (or none).
 */
public final class HostStepViewModel {
    private final WizardSession vm;
    private final ObservableList<WindowsRelease> releases = FXCollections.observableArrayList();
    private final ObjectProperty<WindowsRelease> release =
            new SimpleObjectProperty<>(this, "release");
    private boolean syncing;
    private HostKind shownKind;

    public HostStepViewModel(WizardSession vm) {
        this.vm = vm;
        StringProperty build = vm.draft().text(ProfileField.BUILD);
        // the list changes when the engine's reading of client or server does (the edition, or the
        // build of an edition "other")
        vm.recommendationProperty()
                .addListener(
                        (obs, old, now) -> {
                            if (now.host().kind() != shownKind) {
                                fillReleases();
                            }
                        });
        build.addListener((obs, old, now) -> sync(() -> release.set(matching(now))));
        release.addListener(
                (obs, old, picked) ->
                        sync(
                                () -> {
                                    if (picked != null
                                            && !String.valueOf(picked.build())
                                                    .equals(build.get())) {
                                        build.set(String.valueOf(picked.build()));
                                    }
                                }));
        fillReleases();
    }

    public List<EditionInfo> editions() {
        return vm.knowledge().editions();
    }

    /** Known releases of the host's kind, newest first. */
    public ObservableList<WindowsRelease> releases() {
        return releases;
    }

    /** The release whose build is the draft's build; setting it sets the build. */
    public ObjectProperty<WindowsRelease> releaseProperty() {
        return release;
    }

    private void fillReleases() {
        // client or server as the engine reads the answers (an edition "other" with a Server build
        // is a server)
        HostKind kind = vm.getRecommendation().host().kind();
        shownKind = kind;
        List<WindowsRelease> newestFirst =
                new ArrayList<>(vm.knowledge().releases().releasesOf(kind));
        Collections.reverse(newestFirst);
        sync(
                () -> {
                    releases.setAll(newestFirst);
                    release.set(matching(vm.draft().text(ProfileField.BUILD).get()));
                });
    }

    private WindowsRelease matching(String build) {
        String typed = build == null ? "" : build.strip();
        return releases.stream()
                .filter(r -> String.valueOf(r.build()).equals(typed))
                .findFirst()
                .orElse(null);
    }

    /** One change at a time: the build and the release update each other without echoing. */
    private void sync(Runnable change) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            change.run();
        } finally {
            syncing = false;
        }
    }
}
