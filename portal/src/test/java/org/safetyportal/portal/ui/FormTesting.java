package org.safetyportal.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.dom.Element;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import org.safetyportal.content.LocalizedName;
import org.safetyportal.content.organization.Area;
import org.safetyportal.content.organization.AreaKind;
import org.safetyportal.content.organization.Department;

/**
 * For the unit tests of forms, without a browser or a server: a current UI in the visitor's language
 * (components read their locale from it; refusals are put into words with the portal's own bundles),
 * and the form's fields looked up by the ids the journeys use, as a visitor finds them on the page.
 */
public final class FormTesting {

    public static final Area CITY = new Area(1, "JC", AreaKind.CITY, new LocalizedName("晋城市", "Jincheng City"));
    public static final Area ZEZHOU = new Area(3, "ZZ", AreaKind.COUNTY, new LocalizedName("泽州县", "Zezhou County"));
    public static final Area QINSHUI = new Area(7, "QS", AreaKind.COUNTY, new LocalizedName("沁水县", "Qinshui County"));
    public static final Department EMERGENCY = new Department(2, "JC-EMERGENCY", "EMERGENCY", CITY,
            new LocalizedName("晋城市应急管理局", "Jincheng City Emergency Management Bureau"));
    public static final Department ZEZHOU_EMERGENCY = new Department(40, "ZZ-EMERGENCY", "EMERGENCY", ZEZHOU,
            new LocalizedName("泽州县应急管理局", "Zezhou County Emergency Management Bureau"));

    /** Vaadin keeps the current UI only weakly: without this the UI may be collected in the middle of a test. */
    private static final ThreadLocal<UI> VISITOR = new ThreadLocal<>();

    private FormTesting() {
    }

    /** A UI in the given language, current for this thread until {@link #leave()}. */
    public static UI visitorIn(Locale locale) {
        UI ui = new UI();
        ui.setLocale(locale);
        VISITOR.set(ui);
        UI.setCurrent(ui);
        return ui;
    }

    public static void leave() {
        UI.setCurrent(null);
        VISITOR.remove();
    }

    /** The component with that id anywhere inside the root, a dialog's footer included. */
    public static <T extends Component> T byId(Component root, String id, Class<T> type) {
        Deque<Element> open = new ArrayDeque<>();
        open.push(root.getElement());
        while (!open.isEmpty()) {
            Element element = open.pop();
            Optional<Component> component = element.getComponent();
            if (id.equals(element.getAttribute("id")) && component.isPresent() && type.isInstance(component.get())) {
                return type.cast(component.get());
            }
            element.getChildren().forEach(open::push);
            if (component.isPresent() && component.get() instanceof Dialog dialog) {
                open.push(dialog.getFooter().getElement());
                open.push(dialog.getHeader().getElement());
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " with id " + id + " in " + root.getClass().getSimpleName());
    }
}
