package org.safetyportal.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class InitialUidlEscapingTest {

    private static final String HOSTILE = "/inspections/</script><script>alert(1)</script>?lang=en & <!-- \u2028";

    private static String page(String json) {
        return "<html><head><script initial=\"\">window.Vaadin = window.Vaadin || {};" + InitialUidlEscaping.MARKER + json
                + "</script><script type=\"module\" src=\"./VAADIN/build/index.js\"></script></head><body></body></html>";
    }

    @Test
    void anAddressThatWouldEndTheScript_staysInsideTheJson_withTheSameMeaning() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String json = mapper.writeValueAsString(java.util.Map.of("initial", java.util.Map.of("href", HOSTILE, "n", 1)));
        String html = page(json);
        assertTrue(html.contains("</script><script>alert(1)</script>"), "the page as Vaadin writes it");

        String escaped = InitialUidlEscaping.escape(html);

        assertFalse(escaped.contains("<script>alert(1)"), escaped);
        assertFalse(escaped.contains("</script><script>alert"), escaped);
        String start = "<script initial=\"\">window.Vaadin = window.Vaadin || {};" + InitialUidlEscaping.MARKER;
        String written = escaped.substring(escaped.indexOf(start) + start.length(), escaped.indexOf("</script>"));
        assertEquals(mapper.readTree(json), mapper.readTree(written), "the script reads the same value");
        assertTrue(escaped.endsWith("</script><script type=\"module\" src=\"./VAADIN/build/index.js\"></script></head><body></body></html>"),
                "the rest of the page is untouched");
    }

    @Test
    void aPageWithoutInitialJson_isLeftAsItIs() {
        String html = "<html><head><script>window.Vaadin = {};</script></head><body>&lt;</body></html>";

        assertEquals(html, InitialUidlEscaping.escape(html));
    }
}
