package org.safetyportal.portal.ui.oversight;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import org.safetyportal.content.organization.Department;
import org.safetyportal.content.oversight.OversightFilter;
import org.safetyportal.content.oversight.OversightRegister;
import org.safetyportal.content.oversight.OversightResult;

/** On a department's page: the 巡查/考核/督查 results of which it was the inspected party, each linking to its page. */
public class DepartmentOversight extends Div {

    private static final int SHOWN = 50;

    public DepartmentOversight(OversightRegister register, Department department, Locale locale) {
        setId("department-oversight");
        addClassName("list-section");
        add(new H2(getTranslation("oversight.department.heading")));
        List<OversightResult> results = register.search(OversightFilter.concerningDepartment(department.code()), 0, SHOWN);
        if (results.isEmpty()) {
            add(new Paragraph(getTranslation("oversight.department.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (OversightResult result : results) {
            OversightCells cells = new OversightCells(result, locale);
            list.add(new ListItem(new Span(result.decisionDate() + " · " + cells.kind() + " · "), cells.permalink()));
        }
        add(list);
    }
}
