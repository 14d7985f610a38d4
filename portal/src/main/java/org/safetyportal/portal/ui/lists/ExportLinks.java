package org.safetyportal.portal.ui.lists;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.safetyportal.portal.ui.exports.DataDictionaryView;
import org.safetyportal.content.exports.ExportFormat;
import org.safetyportal.content.lists.ListVersion;

/**
 * Downloads of one version (CSV, Excel, JSON from the open-data API), its printable view and the
 * data dictionary. Ids end in the list type, unique on a department's page as on a version's.
 */
class ExportLinks extends Div {

    ExportLinks(ListVersion version) {
        addClassName("export-links");
        String suffix = "-" + version.type().name();
        Div links = new Div();
        links.addClassName("export-links-row");
        for (ExportFormat format : ExportFormat.values()) {
            String name = format.extension();
            Anchor download = new Anchor(exportPath(version, format), getTranslation("exports.download." + name));
            download.setDownload(true);
            // A file from the HTTP API, not a view: the browser must fetch it, not Vaadin's router.
            download.setRouterIgnore(true);
            download.setId("export-" + name + suffix);
            download.addClassName("export-" + name);
            links.add(download);
        }
        // What the content hash is the hash of: sha256sum of this file prints it.
        Anchor content = new Anchor("/api/v1/lists/versions/" + version.id() + "/content.json",
                getTranslation("exports.download.content"));
        content.setDownload(true);
        content.setRouterIgnore(true);
        content.setId("export-content" + suffix);
        content.addClassName("export-content");
        links.add(content);
        RouterLink print = new RouterLink(getTranslation("exports.printable"), PrintableVersionView.class,
                new RouteParameters(PrintableVersionView.ID, Integer.toString(version.id())));
        print.setId("printable-view" + suffix);
        print.addClassName("printable-view-link");
        RouterLink dictionary = new RouterLink(getTranslation("exports.dictionary.link"), DataDictionaryView.class);
        dictionary.setId("data-dictionary-link" + suffix);
        dictionary.addClassName("data-dictionary-link");
        links.add(print, dictionary);
        add(links, new Paragraph(getTranslation("exports.provenance")));
    }

    /** The API address of a version's file, e.g. {@code /api/v1/lists/versions/7/export.csv}. */
    static String exportPath(ListVersion version, ExportFormat format) {
        return "/api/v1/lists/versions/" + version.id() + "/export." + format.extension();
    }
}
