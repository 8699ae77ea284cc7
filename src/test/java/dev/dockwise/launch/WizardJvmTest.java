package dev.dockwise.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The wizard's child runs with the quick compiler unless the user chose the compiler. */
class WizardJvmTest {

    @Test
    void aPlainStartGetsTheQuickCompiler() {
        assertEquals(List.of("-XX:TieredStopAtLevel=1"), WizardJvm.options(null, null));
        assertEquals(List.of("-XX:TieredStopAtLevel=1"), WizardJvm.options("-Xmx1g", " "));
    }

    @Test
    void aCompilerChosenInTheEnvironmentIsLeftAsTheUserChoseIt() {
        // the child's command line would override what its environment says
        for (String chosen :
                List.of("-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-Xint", "-Xcomp")) {
            assertEquals(List.of(), WizardJvm.options(chosen, null), chosen);
            assertEquals(List.of(), WizardJvm.options("-Dx=1", "-Xmx2g " + chosen), chosen);
        }
    }
}
