package dev.dockwise.engine.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockwise.TestEngine;
import dev.dockwise.engine.model.Mode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Learn more" finds the sources a fact cites by tag, and every mode cites at least one. */
class SourceCitationTest {
    private final Knowledge knowledge = TestEngine.ADVISOR.knowledge();

    @Test
    void tagsAreMatchedAsWholeWords() {
        Source wsl =
                knowledge.sources().stream()
                        .filter(s -> s.tag().equals("WSL"))
                        .findFirst()
                        .orElseThrow();
        assertTrue(knowledge.sourcesCitedIn("WSL basic-commands.md").contains(wsl));
        assertFalse(knowledge.sourcesCitedIn("WSLg is a different thing").contains(wsl));
        assertEquals(List.of(), knowledge.sourcesCitedIn((String) null));
    }

    @Test
    void everyModeCitesASourceWithAWebAddress() {
        for (Mode mode : Mode.values()) {
            var info = knowledge.modes().mode(mode);
            List<Source> onTheWeb =
                    knowledge.sourcesOf(info).stream()
                            .filter(s -> s.webAddress().isPresent())
                            .toList();
            assertFalse(
                    onTheWeb.isEmpty(),
                    mode.id() + " cites no source on the web: " + info.source());
            onTheWeb.forEach(
                    s ->
                            assertTrue(
                                    s.webAddress()
                                            .get()
                                            .matches("https://[a-z0-9.-]+\\.[a-z]{2,}(/\\S*)?"),
                                    s.webAddress().get()));
        }
    }

    @Test
    void sourcesThatAreNotOnTheWebGetNoLink() {
        for (Source s : knowledge.sources()) {
            if (s.tag().equals("SPEC") || s.tag().equals("KB") || s.tag().equals("TP")) {
                assertTrue(s.webAddress().isEmpty(), s.tag() + ": " + s.webAddress());
            }
        }
    }
}
