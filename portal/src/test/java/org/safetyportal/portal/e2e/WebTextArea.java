package org.safetyportal.portal.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Vaadin's text area keeps its native textarea in the light DOM, like the text field its input. */
public final class WebTextArea {

    private WebTextArea() {
    }

    public static void replace(Browser browser, String id, String text) {
        WebElement area = browser.find(By.cssSelector("#" + id + " textarea"));
        area.clear();
        area.sendKeys(text);
    }
}
