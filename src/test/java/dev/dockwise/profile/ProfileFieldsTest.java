package dev.dockwise.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockwise.TestEngine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The writer writes exactly the fields the validator accepts, in the documented order. */
class ProfileFieldsTest {
    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void writtenFieldsAreTheKnownFields() throws Exception {
        JsonNode written = ProfileWriter.toTree(ProfileReader.read(TestEngine.baseline()));
        assertEquals(ProfileFields.TOP, names(written));
        List<String> general = new ArrayList<>(ProfileFields.IN_HOST);
        ProfileField.LATER_ADDITIONS.forEach(later -> general.remove(later.fieldName()));
        assertEquals(
                general,
                names(written.get("host")),
                "a host without the later additions is written as v1 was first published");
        assertEquals(ProfileFields.IN_CPU, names(written.get("host").get("cpu")));
        assertEquals(ProfileFields.IN_FEATURES, names(written.get("host").get("features")));
        assertEquals(ProfileFields.IN_SOFTWARE, names(written.get("host").get("software")));
        assertEquals(ProfileFields.IN_NEEDS, names(written.get("needs")));
    }

    @Test
    void anLtscHostIsWrittenWithLtscAfterTheEditionAndReadBack() throws Exception {
        String ltsc =
                TestEngine.baseline()
                        .replace("\"edition\":\"pro\"", "\"edition\":\"enterprise\",\"ltsc\":true");
        JsonNode written = ProfileWriter.toTree(ProfileReader.read(ltsc));
        List<String> withLtsc = new ArrayList<>(ProfileFields.IN_HOST);
        withLtsc.removeAll(List.of(ProfileFields.EDITION_ID, ProfileFields.S_MODE));
        assertEquals(withLtsc, names(written.get("host")));
        assertEquals(true, ProfileReader.read(written.toString()).host().ltsc());
        assertEquals(
                null,
                ProfileReader.read(TestEngine.baseline()).host().ltsc(),
                "a v1 profile without the field stays valid: unknown");
    }

    @Test
    void theEditionIdAndSModeAreWrittenAfterTheEditionOnlyWhereTheySaySomething() throws Exception {
        String hyperVServer =
                TestEngine.baseline()
                        .replace(
                                "\"edition\":\"pro\"",
                                "\"edition\":\"other\",\"editionId\":\"ServerHyperCore\"");
        JsonNode written = ProfileWriter.toTree(ProfileReader.read(hyperVServer));
        assertEquals(
                List.of("edition", "editionId", "build"), names(written.get("host")).subList(0, 3));
        assertEquals("ServerHyperCore", ProfileReader.read(written.toString()).host().editionId());
        String sMode =
                TestEngine.baseline()
                        .replace("\"edition\":\"pro\"", "\"edition\":\"home\",\"sMode\":true");
        JsonNode inSMode = ProfileWriter.toTree(ProfileReader.read(sMode));
        assertEquals(
                List.of("edition", "sMode", "build"), names(inSMode.get("host")).subList(0, 3));
        String notInSMode =
                TestEngine.baseline()
                        .replace("\"edition\":\"pro\"", "\"edition\":\"home\",\"sMode\":false");
        assertEquals(
                List.of("edition", "build"),
                names(ProfileWriter.toTree(ProfileReader.read(notInSMode)).get("host"))
                        .subList(0, 2),
                "false says nothing a v1 reader needs: not written");
    }
}
