package org.safetyportal.portal.ui.filters;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.safetyportal.content.exports.ExportFormat;
import org.safetyportal.portal.ui.exports.DataDictionaryView;

/**
 * The downloads of a public register page: exactly the filtered set the page shows, as the open-data
 * API serves it ({@code <api>/export.csv?area=ZZ&...}), one link per format, then the data dictionary.
 * The page calls {@link #show} with the filter's parameters whenever its filter changes.
 */
public class FilteredDownloads extends Div {

    private final String idPrefix;
    private final String apiPath;
    private final String labelPrefix;
    private final List<Component> extras;

    /**
     * Links with the ids {@code <idPrefix>-export-csv} etc. to {@code <apiPath>/export.csv} etc.,
     * labelled by the bundle keys {@code <labelPrefix>csv} etc.; the extras follow the dictionary link.
     */
    public FilteredDownloads(String idPrefix, String apiPath, String labelPrefix, Component... extras) {
        this.idPrefix = idPrefix;
        this.apiPath = apiPath;
        this.labelPrefix = labelPrefix;
        this.extras = List.of(extras);
        setId(idPrefix + "-exports");
        addClassNames("export-links", "filtered-downloads");
    }

    /** Links for the filter given as the API's parameters, in the order given. */
    public void show(Map<String, String> parameters) {
        removeAll();
        String query = parameters.entrySet().stream()
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        for (ExportFormat format : ExportFormat.values()) {
            Anchor download = new Anchor(apiPath + "/export." + format.extension() + (query.isEmpty() ? "" : "?" + query),
                    getTranslation(labelPrefix + format.extension()));
            download.setDownload(true);
            download.setRouterIgnore(true);
            download.setId(idPrefix + "-export-" + format.extension());
            add(download);
        }
        add(new RouterLink(getTranslation("exports.dictionary.link"), DataDictionaryView.class));
        extras.forEach(this::add);
    }
}
