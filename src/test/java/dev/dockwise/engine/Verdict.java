package dev.dockwise.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.engine.model.Mode;
import dev.dockwise.engine.model.Status;
import dev.dockwise.engine.result.Fix;
import dev.dockwise.engine.result.FixTarget;
import dev.dockwise.engine.result.ModeAssessment;
import dev.dockwise.engine.result.Recommendation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Assertions on one mode of a recommendation, with the whole option in the failure message. */
record Verdict(Recommendation result, ModeAssessment option) {
    static Verdict of(Recommendation result, Mode mode) {
        return new Verdict(result, result.option(mode));
    }

    Verdict is(Status status) {
        assertEquals(status, option.status(), () -> describe());
        return this;
    }

    Verdict mentions(String regex) {
        assertTrue(
                Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(text()).find(),
                () -> "expected /" + regex + "/ in " + describe());
        return this;
    }

    Verdict blockedBecause(String regex) {
        is(Status.BLOCKED);
        assertTrue(
                option.blockers().stream()
                        .anyMatch(
                                b ->
                                        Pattern.compile(regex, Pattern.CASE_INSENSITIVE)
                                                .matcher(b)
                                                .find()),
                () -> "expected a blocker /" + regex + "/ in " + describe());
        return this;
    }

    Verdict warns(String regex) {
        assertTrue(
                option.warnings().stream()
                        .anyMatch(
                                b ->
                                        Pattern.compile(regex, Pattern.CASE_INSENSITIVE)
                                                .matcher(b)
                                                .find()),
                () -> "expected a warning /" + regex + "/ in " + describe());
        return this;
    }

    Fix fix(FixTarget where, String regex) {
        return option.fixes().stream()
                .filter(
                        f ->
                                f.where() == where
                                        && Pattern.compile(regex, Pattern.CASE_INSENSITIVE)
                                                .matcher(f.action() + " " + f.command())
                                                .find())
                .findFirst()
                .orElseThrow(
                        () ->
                                new AssertionError(
                                        "expected a fix "
                                                + where
                                                + " /"
                                                + regex
                                                + "/ in "
                                                + describe()));
    }

    String text() {
        List<String> parts = new ArrayList<>(option.reasons());
        parts.addAll(option.warnings());
        parts.addAll(option.blockers());
        option.fixes().forEach(f -> parts.add(f.action() + " " + f.command()));
        return String.join("\n", parts);
    }

    String describe() {
        return option.mode().id()
                + " "
                + option.status().id()
                + " score "
                + option.score()
                + "\n"
                + text()
                + "\nassumptions: "
                + result.assumptions();
    }
}
