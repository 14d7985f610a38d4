package org.safetyportal.content.education.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LessonMarkdownTest {

    @Test
    void rawHtmlIsEscaped_notPassedThrough() {
        String html = LessonMarkdown.html("正文\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>", "/img/");

        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img src=\"x\""), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void theLessonsOwnImages_pointAtThePortal_othersAndScriptLinksAreDropped() {
        String html = LessonMarkdown.html("![示意](images/gas-valve-steps.svg) ![外](https://evil.example/x.png) "
                + "[点我](javascript:alert(1))", "/api/education/images/");

        assertTrue(html.contains("src=\"/api/education/images/gas-valve-steps.svg\""), html);
        assertTrue(html.contains("alt=\"示意\""), html);
        assertFalse(html.contains("evil.example"), html);
        assertFalse(html.contains("javascript:"), html);
    }

    @Test
    void tablesAndEmphasis_areRendered() {
        String html = LessonMarkdown.html("**关阀**\n\n| 设施 | 作用 |\n| --- | --- |\n| 自闭阀 | 切断 |\n", "/i/");

        assertTrue(html.contains("<strong>关阀</strong>"), html);
        assertTrue(html.contains("<table>") && html.contains("<td>自闭阀</td>"), html);
    }

    @Test
    void uploadedPictures_areNamedByTheirHashOnly_andPointedAtTheirOwnBase() {
        String markdown = "![灭火器](images/0123456789abcdef.png) ![x](images/0123456789ABCDEF.png) "
                + "![y](images/0123456789abcdef.png.php) ![z](images/../0123456789abcdef.jpg) ![w](./images/fedcba9876543210.jpg)"
                + " ![v](images/gas-valve-steps.svg)";
        String html = LessonMarkdown.html(markdown, "/seed/", "/uploaded/");

        assertTrue(html.contains("src=\"/uploaded/0123456789abcdef.png\""), html);
        assertTrue(html.contains("src=\"/uploaded/fedcba9876543210.jpg\""), html);
        assertTrue(html.contains("src=\"/seed/gas-valve-steps.svg\""), html);
        assertFalse(html.contains("ABCDEF") || html.contains(".php") || html.contains(".."), html);
        assertEquals(java.util.Set.of("0123456789abcdef.png", "fedcba9876543210.jpg"), LessonMarkdown.uploadedImages(markdown));
        assertTrue(LessonMarkdown.uploadedImages("`![a](images/0123456789abcdef.png)` in code").isEmpty());
    }
}
