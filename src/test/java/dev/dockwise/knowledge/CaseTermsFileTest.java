package dev.dockwise.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.dockwise.engine.diagnose.CaseTerms;
import dev.dockwise.engine.facts.ErrorCatalogue.CaseCorpus;
import dev.dockwise.engine.facts.ErrorCatalogue.LabelledCase;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The terms the build computes for the corpus are the terms of its texts, and are only used for
 * those texts.
 */
class CaseTermsFileTest {
    @Test
    void theBuildsTermsAreThoseOfEachPaste() {
        CaseCorpus corpus = KnowledgeBase.bundled().errors().corpus();
        assertNotNull(
                corpus.terms(),
                "error-cases.terms is missing or stale: the process-classes phase writes it");
        for (int i = 0; i < corpus.cases().size(); i++) {
            assertEquals(
                    CaseTerms.of(corpus.cases().get(i).text()),
                    corpus.terms().get(i),
                    corpus.cases().get(i).thread());
        }
    }

    @Test
    void termsComputedFromOtherTextsAreNotUsed() throws Exception {
        List<LabelledCase> cases =
                new ArrayList<>(KnowledgeBase.bundled().errors().corpus().cases());
        LabelledCase c = cases.get(0);
        cases.set(
                0,
                new LabelledCase(
                        c.source(), c.family(), c.basis(), c.split(), c.text() + " edited"));
        try (InputStream in = CaseTermsFile.class.getResourceAsStream(CaseTermsFile.RESOURCE)) {
            assertNull(CaseTermsFile.read(in, cases));
        }
    }
}
