package org.safetyportal.portal.e2e.pages;

import org.safetyportal.portal.e2e.Browser;

/** /lists: the directory of departments whose lists are published. */
public final class ListsDirectoryPage {

    private final Browser browser;

    private ListsDirectoryPage(Browser browser) {
        this.browser = browser;
    }

    public static ListsDirectoryPage open(Browser browser) {
        browser.open("/lists");
        return new ListsDirectoryPage(browser);
    }

    public DepartmentListsPage openDepartment(String departmentCode) {
        browser.click("department-" + departmentCode);
        return DepartmentListsPage.arrived(browser);
    }
}
