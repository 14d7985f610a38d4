package org.safetyportal.portal.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.Theme;

@Theme("portal")
@Viewport("width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {
}
